namespace KoreaEvents.Cli;

/// <summary>
/// The <c>--add</c> files a command could not read, each with the reason (naming the file, and the line and column
/// for malformed text). The command goes on with the other files; <see cref="Finish"/> then reports every failure
/// on standard error with a summary line and gives exit code 2, so nothing is lost silently.
/// </summary>
internal sealed class AddedFileFailures(int requested)
{
    private readonly List<(string File, string Reason)> failures = [];

    /// <summary>Gets the number of files that failed.</summary>
    public int Count => failures.Count;

    /// <summary>Records that <paramref name="file"/> could not be read, and why.</summary>
    public void Add(string file, string reason) => failures.Add((file, reason));

    /// <summary>Writes each failure and a summary to <paramref name="stderr"/>; returns the exit code: 0 when every
    /// file was read, <see cref="CliApp.BadInput"/> otherwise.</summary>
    public int Finish(TextWriter stderr)
    {
        if (failures.Count == 0)
        {
            return CliApp.Success;
        }

        foreach (var (_, reason) in failures)
        {
            stderr.WriteLine($"error: {InputFiles.Quote(reason)}");
        }

        stderr.WriteLine($"koreaevents: {requested - failures.Count} of {requested} added file(s) used; skipped {string.Join(", ", failures.Select(f => InputFiles.Quote(f.File)))} (--strict stops at the first).");
        return CliApp.BadInput;
    }
}
