using KoreaEvents.Core;
using KoreaEvents.Core.Model;
using KoreaEvents.Core.Text;
using NodaTime;
using NodaTime.Text;

namespace KoreaEvents.Cli;

/// <summary>
/// What every command that takes an article shares: reading a UTF-8 file or an embedded seed, naming a file's
/// source after the file, and reading an <c>--anchor</c> date. Bad input becomes a <see cref="CliInputException"/>
/// naming the file (and, for malformed text, the line and column), so the tool exits with code 2.
/// </summary>
internal static class ArticleFiles
{
    /// <summary>
    /// Parses the file at <paramref name="input"/> when one exists, else the seed with that id, else (for <c>all</c>)
    /// every seed. The argument was checked by <see cref="InputFiles.MustBeFileOrSeed"/>.
    /// </summary>
    public static IReadOnlyList<SourceDocument> Load(string input)
    {
        if (File.Exists(input) || Directory.Exists(input))
        {
            return [ArticleParser.Parse(ReadText(input), IdFor(input))];
        }

        if (SeedCorpus.Find(input) is { } seed)
        {
            return [ArticleParser.Parse(seed.Text, seed.Id)];
        }

        if (input == "all")
        {
            return SeedCorpus.All.Select(s => ArticleParser.Parse(s.Text, s.Id)).ToList();
        }

        throw InputFiles.Unreadable(input, new FileNotFoundException(null, input));
    }

    /// <summary>Reads a file as article text (strict UTF-8, no control characters).</summary>
    public static string ReadText(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return ArticleParser.Parse(stream).Text;
        }
        catch (ArticleFormatException ex)
        {
            throw InputFiles.Malformed(path, "UTF-8 article text", $"{InputFiles.Quote(path)}: {ex.Message}", ex, ex.Line, ex.Column);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw InputFiles.Unreadable(path, ex);
        }
    }

    /// <summary>The source id of a file: its name without extension as a slug (<c>my-article</c>), <c>document</c> when nothing is left.</summary>
    public static SourceId IdFor(string path) => new(Slug.From(Path.GetFileNameWithoutExtension(path)) ?? "document");

    /// <summary>Reads an <c>--anchor</c> value (<c>yyyy-MM-dd</c>); null stays null.</summary>
    public static LocalDate? ParseAnchor(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var result = LocalDatePattern.Iso.Parse(text);
        if (!result.Success)
        {
            throw new CliInputException($"--anchor '{text}' is not a date in the form yyyy-MM-dd.");
        }

        // NodaTime's ISO calendar reaches back to year -9998; dates in the library start at 0001-01-01.
        return result.Value.Year >= 1
            ? result.Value
            : throw new CliInputException($"--anchor '{text}' is before 0001-01-01: dates run from 0001-01-01 to 9999-12-31.");
    }
}
