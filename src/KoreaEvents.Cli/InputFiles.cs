using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text;
using KoreaEvents.Core;

namespace KoreaEvents.Cli;

/// <summary>
/// The one place where every file the tool reads is checked and every problem with one is worded: a directory, a
/// missing file, a file that may not be read, an option given another option instead of a file, and binary content.
/// Options and arguments that take files get a validator here (so the problem is a usage error, exit code 2, before
/// any work); problems met while reading are worded by <see cref="Unreadable"/> and <see cref="Malformed"/>.
/// </summary>
internal static class InputFiles
{
    /// <summary>How many bytes at the start of a file are looked at for a NUL byte (as git does).</summary>
    private const int BinaryProbeLength = 8000;

    /// <summary>Adds the file check to <paramref name="option"/>: each value must be a readable file, not another option.</summary>
    public static TOption MustBeFiles<TOption>(this TOption option)
        where TOption : Option
    {
        option.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (Problem(token.Value, option.Name) is { } problem)
                {
                    result.AddError(problem);
                }
            }
        });
        return option;
    }

    /// <summary>Adds the file check to <paramref name="argument"/>.</summary>
    public static Argument<T> MustBeFile<T>(this Argument<T> argument)
    {
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (Problem(token.Value, null) is { } problem)
                {
                    result.AddError(problem);
                }
            }
        });
        return argument;
    }

    /// <summary>
    /// Adds the check for an argument that is a file, a seed id or <c>all</c>: a name that is no file must be a seed
    /// id (or <c>all</c> when <paramref name="allowAll"/>); a file must be readable.
    /// </summary>
    public static Argument<string> MustBeFileOrSeed(this Argument<string> argument, bool allowAll = true)
    {
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                var name = token.Value;
                if (Directory.Exists(name) || File.Exists(name) || (SeedCorpus.Find(name) is null && !(allowAll && name == "all")))
                {
                    if (Problem(name, null) is { } problem)
                    {
                        result.AddError(File.Exists(name) || Directory.Exists(name) || name.StartsWith('-') ? problem
                            : $"{problem} and is not a seed id; the seeds are {string.Join(", ", SeedCorpus.All.Select(s => s.Id.Value))}{(allowAll ? ", or 'all' for every seed" : string.Empty)}.");
                    }
                }
            }
        });
        return argument;
    }

    /// <summary>
    /// What is wrong with reading <paramref name="path"/>, or null when it is a file that can be opened. A value that
    /// starts with '-' after <paramref name="option"/> is taken for a forgotten file name.
    /// </summary>
    public static string? Problem(string path, string? option)
    {
        if (option is not null && path.StartsWith('-') && !File.Exists(path))
        {
            return $"{option} needs a file, but the next word is '{Quote(path)}', which looks like an option; give the file first (write ./{Quote(path)} for a file whose name starts with '-').";
        }

        if (path.Length == 0)
        {
            return "The file name is empty.";
        }

        if (Directory.Exists(path))
        {
            return $"'{Quote(path)}' is a directory";
        }

        if (!File.Exists(path))
        {
            return $"'{Quote(path)}' does not exist";
        }

        try
        {
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Unreadable(path, ex).Message;
        }
    }

    /// <summary>The error for <paramref name="path"/> that could not be opened or read.</summary>
    public static CliInputException Unreadable(string path, Exception error)
    {
        if (Directory.Exists(path))
        {
            return new CliInputException($"'{Quote(path)}' is a directory", error);
        }

        if (!File.Exists(path))
        {
            return new CliInputException($"'{Quote(path)}' does not exist", error);
        }

        return error is UnauthorizedAccessException
            ? new CliInputException($"'{Quote(path)}' cannot be read (permission denied)", error)
            : new CliInputException($"'{Quote(path)}' cannot be read ({error.Message})", error);
    }

    /// <summary>
    /// The error for a file whose content is malformed: a binary file is described (by its first NUL byte), never
    /// echoed, with the place of the first problem when it is known (<paramref name="line"/>, <paramref name="column"/>);
    /// otherwise <paramref name="message"/>, which names the file and the place.
    /// </summary>
    public static CliInputException Malformed(string path, string expected, string message, Exception error, long? line = null, long? column = null)
    {
        if (FirstNul(path) is not { } offset)
        {
            return new CliInputException(message, error);
        }

        var place = line is { } l && column is { } c ? string.Create(CultureInfo.InvariantCulture, $" (the first problem is at line {l}, column {c})") : string.Empty;
        return new CliInputException(string.Create(CultureInfo.InvariantCulture, $"'{Quote(path)}' looks like a binary file (NUL byte at offset {offset}); expected {expected}{place}."), error);
    }

    /// <summary>Reads a whole file as text (strict UTF-8 is checked by the reader of the content); unreadable files become input errors.</summary>
    public static T Read<T>(string path, Func<string, T> read)
    {
        try
        {
            return read(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw Unreadable(path, ex);
        }
    }

    /// <summary>
    /// The offset of the first NUL byte among the first bytes of the file, or null: also when it cannot be read, and
    /// when it starts with a UTF-16 or UTF-32 byte order mark (whose reader says "UTF-16 detected — save as UTF-8").
    /// </summary>
    private static long? FirstNul(string path)
    {
        try
        {
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            var probe = new byte[BinaryProbeLength];
            int read = RandomAccess.Read(handle, probe, 0);
            if (read >= 2 && ((probe[0] == 0xFF && probe[1] == 0xFE) || (probe[0] == 0xFE && probe[1] == 0xFF) || (read >= 4 && probe[0] == 0 && probe[1] == 0 && probe[2] == 0xFE && probe[3] == 0xFF)))
            {
                return null;
            }

            int at = probe.AsSpan(0, read).IndexOf((byte)0);
            return at < 0 ? null : at;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary><paramref name="text"/> with every control character written as an escape, so a message never carries one to the terminal.</summary>
    public static string Quote(string text)
    {
        if (!text.Any(char.IsControl))
        {
            return text;
        }

        var quoted = new StringBuilder(text.Length + 8);
        foreach (char c in text)
        {
            quoted.Append(c switch
            {
                '\t' => "\\t",
                '\n' => "\\n",
                '\r' => "\\r",
                _ when char.IsControl(c) => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                _ => c.ToString(),
            });
        }

        return quoted.ToString();
    }
}
