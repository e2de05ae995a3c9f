using Spectre.Console;

namespace KoreaEvents.Cli;

/// <summary>Spectre.Console over a plain writer: no colours or ANSI codes, a fixed width, so output is stable.</summary>
internal static class ConsoleFactory
{
    public static IAnsiConsole Create(TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(writer),
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 120;
        return console;
    }
}
