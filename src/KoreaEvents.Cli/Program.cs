namespace KoreaEvents.Cli;

/// <summary>The <c>koreaevents</c> command-line tool: a thin shell over the library.</summary>
public static class Program
{
    /// <summary>Runs the tool with the process's console.</summary>
    public static int Main(string[] args) => CliApp.Run(args, Console.Out, Console.Error);
}
