using System.CommandLine;

namespace KoreaEvents.Cli;

/// <summary>The arguments and options several commands share, declared once with their checks (file checks are in
/// <see cref="InputFiles"/>, the anchor's format in <see cref="ArticleFiles.ParseAnchor"/>).</summary>
internal static class CommonOptions
{
    /// <summary>The article argument of parse, dates and claims: a file, a seed id or 'all'.</summary>
    public static Argument<string> Input() =>
        new Argument<string>("input") { Description = "A UTF-8 text file, a seed id (seed-002, 002, 2), or 'all' for every embedded seed." }.MustBeFileOrSeed();

    /// <summary><c>--anchor yyyy-MM-dd</c>, read by <see cref="ArticleFiles.ParseAnchor"/>.</summary>
    public static Option<string?> Anchor(string description) => new("--anchor") { Description = description };

    /// <summary><c>--quiet</c>: no progress display on standard error (it is shown only when standard error is a terminal).</summary>
    public static Option<bool> Quiet() => new("--quiet", "-q") { Description = "Show no progress on standard error (shown only when it is a terminal)." };
}
