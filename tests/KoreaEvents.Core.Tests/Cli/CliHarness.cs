using KoreaEvents.Cli;
using NodaTime;

namespace KoreaEvents.Core.Tests.Cli;

/// <summary>What one in-process run of <c>koreaevents</c> gave: the exit code, standard output and standard error.</summary>
public sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>Lets tests write <c>var (exit, output, error) = CliHarness.Run(...)</c>.</summary>
    public void Deconstruct(out int exitCode, out string stdout, out string stderr)
    {
        exitCode = ExitCode;
        stdout = Stdout;
        stderr = Stderr;
    }
}

/// <summary>The one way the tests run the tool in-process: by <see cref="TestClock.Fixed"/> unless a clock is given.</summary>
public static class CliHarness
{
    /// <summary>Runs <c>koreaevents</c> with <paramref name="args"/> by <see cref="TestClock.Fixed"/>.</summary>
    public static CliResult Run(params string[] args) => Run(TestClock.Fixed, args);

    /// <summary>Runs <c>koreaevents</c> with <paramref name="args"/> by <paramref name="clock"/>.</summary>
    public static CliResult Run(IClock clock, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int exit = CliApp.Run(args, stdout, stderr, clock);
        return new CliResult(exit, stdout.ToString(), stderr.ToString());
    }
}
