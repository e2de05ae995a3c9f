using Spectre.Console;

namespace KoreaEvents.Cli;

/// <summary>
/// The progress display of long work (<c>report --add</c> with many files, <c>export</c>, <c>truth</c> on a big CSV):
/// a Spectre.Console progress bar on standard error, only when standard error is the process's own console and a
/// terminal (not redirected) and <c>--quiet</c> is not given. Never on standard output; when it is off, the work runs
/// exactly the same with no display at all.
/// </summary>
internal sealed class CliProgress
{
    private readonly ProgressContext? context;

    private CliProgress(ProgressContext? context) => this.context = context;

    /// <summary>Whether progress is shown when the tool writes errors to <paramref name="stderr"/>.</summary>
    public static bool IsShown(TextWriter stderr, bool quiet) =>
        !quiet && ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected;

    /// <summary>Runs <paramref name="work"/> with a progress display on standard error when <see cref="IsShown"/>.</summary>
    public static T Run<T>(TextWriter stderr, bool quiet, Func<CliProgress, T> work)
    {
        if (!IsShown(stderr, quiet))
        {
            return work(new CliProgress(null));
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return console.Progress()
            .AutoClear(true)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
            .Start(ctx => work(new CliProgress(ctx)));
    }

    /// <summary>A step of the work with a known size, or an indeterminate one when <paramref name="total"/> is null.</summary>
    public Step Begin(string description, double? total = null)
    {
        if (context is null)
        {
            return new Step(null);
        }

        var task = context.AddTask(Markup.Escape(description), maxValue: total ?? 1);
        task.IsIndeterminate = total is null;
        return new Step(task);
    }

    /// <summary>One step of the display; every member does nothing when progress is not shown.</summary>
    internal sealed class Step(ProgressTask? task) : IDisposable
    {
        /// <summary>Sets how much is done and, when known, the total.</summary>
        public void Report(double done, double? total = null)
        {
            if (task is null)
            {
                return;
            }

            if (total is { } t)
            {
                task.MaxValue = Math.Max(t, 1);
            }

            task.IsIndeterminate = false;
            task.Value = done;
        }

        /// <summary>Marks the step done.</summary>
        public void Dispose()
        {
            if (task is not null)
            {
                task.IsIndeterminate = false;
                task.Value = task.MaxValue;
                task.StopTask();
            }
        }
    }
}
