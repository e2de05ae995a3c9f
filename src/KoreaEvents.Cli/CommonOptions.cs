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

    /// <summary><c>--strict</c>: stop at the first added file that cannot be read, instead of reporting it and going on.</summary>
    public static Option<bool> Strict() => new("--strict") { Description = "Stop at the first --add file that cannot be read (by default it is reported, the others are used, and the exit code is 2)." };

    /// <summary><c>--db FILE</c>: the corpus store whose articles report, timeline and export read instead of the embedded corpus.</summary>
    public static Option<string?> Db() => new("--db")
    {
        Description = "Read the articles of this corpus store (made by 'koreaevents ingest --db FILE') instead of the embedded corpus; --add files are added in memory only.",
        HelpName = "FILE",
    };
}
