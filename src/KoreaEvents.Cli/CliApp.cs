using System.CommandLine;
using System.CommandLine.Parsing;
using KoreaEvents.Cli.Commands;
using NodaTime;

namespace KoreaEvents.Cli;

/// <summary>
/// Builds the command tree and runs it against given writers, so tests can run the tool in-process.
/// Exit codes: 0 success, 2 bad input (usage errors, unreadable or malformed files), 1 internal failure.
/// </summary>
public static class CliApp
{
    /// <summary>Exit code for success.</summary>
    public const int Success = 0;

    /// <summary>Exit code for an internal failure (a bug: please report it).</summary>
    public const int InternalError = 1;

    /// <summary>Exit code for bad input: usage errors, unreadable or malformed files.</summary>
    public const int BadInput = 2;

    /// <summary>Runs the tool by the system clock. Errors go to <paramref name="stderr"/>, results to <paramref name="stdout"/>.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => Run(args, stdout, stderr, SystemClock.Instance);

    /// <summary>Runs the tool. Errors go to <paramref name="stderr"/>, results to <paramref name="stdout"/>;
    /// <paramref name="clock"/> gives the day of analysis to every command that dates documents.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        ArgumentNullException.ThrowIfNull(clock);

        var root = new RootCommand("koreaevents: events, actors, sources and claims with cross-source corroboration, on the embedded seed corpus or your own articles.");
        foreach (var command in CommandCatalog.Create(stdout, stderr, clock))
        {
            root.Subcommands.Add(command);
        }

        var verbose = new Option<bool>("--verbose") { Description = "On an internal error, print the whole stack trace (by default one line).", Recursive = true };
        root.Options.Add(verbose);

        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            if (UnknownCommand(root, parseResult) is { } unknown)
            {
                // Not "Required command was not provided": the word that is no command comes first, with the commands.
                stderr.WriteLine($"error: '{InputFiles.Quote(unknown)}' is not a koreaevents command; the commands are: {string.Join(", ", root.Subcommands.Select(c => c.Name))}.");
            }
            else
            {
                foreach (var error in parseResult.Errors)
                {
                    stderr.WriteLine($"error: {InputFiles.Quote(error.Message)}");
                }
            }

            stderr.WriteLine(parseResult.CommandResult.Command is RootCommand
                ? "Run 'koreaevents --help' for usage."
                : $"Run 'koreaevents {parseResult.CommandResult.Command.Name} --help' for usage.");
            return BadInput;
        }

        try
        {
            return parseResult.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (CliInputException ex)
        {
            stderr.WriteLine($"error: {InputFiles.Quote(ex.Message)}");
            return BadInput;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            if (parseResult.GetValue(verbose))
            {
                stderr.WriteLine($"internal error: {string.Join(Environment.NewLine, ex.ToString().Split('\n').Select(l => InputFiles.Quote(l.TrimEnd('\r'))))}");
            }
            else
            {
                // One line: what failed, where (the innermost frame in the library or tool), and how to learn more.
                var firstLine = ex.Message.Split('\n')[0].TrimEnd('\r');
                stderr.WriteLine($"internal error: {ex.GetType().Name}: {InputFiles.Quote(firstLine)} (a bug in koreaevents; run again with --verbose for the stack trace and report it)");
            }

            return InternalError;
        }
    }

    /// <summary>The first word when it should have been a command and is none (not an option such as <c>--help</c>), else null.</summary>
    private static string? UnknownCommand(RootCommand root, ParseResult parseResult)
    {
        if (parseResult.CommandResult.Command != root || parseResult.Tokens.Count == 0)
        {
            return null;
        }

        var first = parseResult.Tokens[0];
        return first.Type == TokenType.Argument && parseResult.UnmatchedTokens.Contains(first.Value) ? first.Value : null;
    }
}

/// <summary>Bad input detected by a command (a missing file, an unknown seed id, malformed content).</summary>
public sealed class CliInputException : Exception
{
    /// <summary>Creates the exception with a message for the user.</summary>
    public CliInputException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
