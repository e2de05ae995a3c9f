namespace KoreaEvents.Core.Tests.Cli;

/// <summary>Runs the tool in-process and gives each test class its own temporary folder for input files.</summary>
public abstract class CliTest : IDisposable
{
    protected CliTest()
    {
        TempDirectory = Path.Combine(Path.GetTempPath(), "koreaevents-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(TempDirectory);
    }

    /// <summary>Gets the test's temporary folder, deleted afterwards.</summary>
    protected string TempDirectory { get; }

    public void Dispose()
    {
        Directory.Delete(TempDirectory, recursive: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Runs <c>koreaevents</c> with <paramref name="args"/>; returns the exit code, standard output and standard error.</summary>
    protected static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var (exit, stdout, stderr) = CliHarness.Run(args);
        return (exit, stdout, stderr);
    }
}
