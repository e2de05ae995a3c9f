using System.Diagnostics;
using System.Globalization;
using System.Text;
using KoreaEvents.Core;
using KoreaEvents.Core.Extraction;
using KoreaEvents.Core.Model;
using KoreaEvents.Core.Text;
using KoreaEvents.Core.Truth;
using NodaTime;

namespace KoreaEvents.Fuzz;

/// <summary>
/// Complexity attacks: inputs built to make a stage slow (a 10 MB line, a 100 MB article, a million one-word
/// sentences, 100,000 nested quotes, a CSV with a 50 MB field or 10 million distinct objects), each timed at three
/// sizes so the growth shows (time ×2 per size ×2 is linear). Prints a Markdown table; `--attacks` runs it.
/// One run on a shared machine: read the ratios, not the milliseconds.
/// </summary>
public static class Attacks
{
    private static readonly ClaimExtractor Extractor = new(clock: new FixedClock(Instant.FromUtc(2026, 1, 15, 12, 0)));

    public static void Run(TextWriter output, double scale)
    {
        output.WriteLine("| attack | stage | sizes | seconds | MB/s at the largest | growth (time ratio per size ×2) |");
        output.WriteLine("|---|---|---|---|---|---|");
        var words = SeedCorpus.Get("seed-002").Text.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
        int Mb(double mb) => (int)(mb * scale * 1024 * 1024);

        Row(output, "one line without a break", "parse + extract", [Mb(2.5), Mb(5), Mb(10)],
            n => Words(words, n, " "), Extract);
        Row(output, "a long article (seed 002 repeated)", "parse", [Mb(25), Mb(50), Mb(100)],
            n => Repeat(SeedCorpus.Get("seed-002").Text, n), text => ArticleParser.Parse(text));
        Row(output, "a long article (seed 002 repeated)", "parse + extract", [Mb(5), Mb(10), Mb(20)],
            n => Repeat(SeedCorpus.Get("seed-002").Text, n), Extract);
        Row(output, "one-word sentences (1M at the largest)", "parse + extract", [Mb(1.5), Mb(3), Mb(6)],
            n => Words(["Word."], n, " "), Extract);
        Row(output, "nested quotes (100,000 at the largest)", "parse", [(int)(25_000 * scale), (int)(50_000 * scale), (int)(100_000 * scale)],
            NestedQuotes, text => ArticleParser.Parse(text));
        Row(output, "nested quotes (100,000 at the largest)", "parse + extract", [(int)(25_000 * scale), (int)(50_000 * scale), (int)(100_000 * scale)],
            n => string.Concat(Enumerable.Range(0, n).Select(i => i % 2 == 0 ? "“He said " : "\"she said "))
                 + " North Korea blew up the office." + new string('"', n), Extract);
        Row(output, "a CSV field of 50 MB at the largest", "ReadCsv", [Mb(12.5), Mb(25), Mb(50)],
            n => "source,object,value\na,b,\"" + new string('x', n) + "\"\nc,b,v\n", text => ClaimTable.ReadCsv(new StringReader(text)));
        Row(output, "10M distinct objects at the largest", "ReadCsv", [(int)(2_500_000 * scale), (int)(5_000_000 * scale), (int)(10_000_000 * scale)],
            Objects, text => ClaimTable.ReadCsv(new StringReader(text)));
    }

    private static string NestedQuotes(int n) =>
        string.Concat(Enumerable.Range(0, n).Select(i => i % 2 == 0 ? "“He said " : "\"she said ")) + " North Korea blew up the office." + new string('"', n);

    private static object Extract(string text)
    {
        var document = ArticleParser.Parse(text, new SourceId("attack"));
        return Extractor.Extract(document, new LocalDate(2020, 6, 16));
    }

    private static void Row(TextWriter output, string attack, string stage, int[] sizes, Func<int, string> make, Func<string, object> run)
    {
        if (Environment.GetEnvironmentVariable("KOREAEVENTS_ATTACK") is { Length: > 0 } only && !attack.Contains(only, StringComparison.Ordinal))
        {
            return;
        }

        var seconds = new List<double>();
        long largest = 0;
        foreach (int size in sizes)
        {
            var text = make(size);
            largest = Encoding.UTF8.GetByteCount(text);
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var clock = Stopwatch.StartNew();
            GC.KeepAlive(run(text));
            seconds.Add(clock.Elapsed.TotalSeconds);
        }

        var growth = string.Join(", ", seconds.Zip(seconds.Skip(1), (a, b) => (b / Math.Max(a, 1e-6)).ToString("0.0", CultureInfo.InvariantCulture)));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {attack} | {stage} | {string.Join(" / ", sizes.Select(Size))} | {string.Join(" / ", seconds.Select(s => s.ToString("0.00", CultureInfo.InvariantCulture)))} | {largest / 1048576.0 / seconds[^1]:0.0} | {growth} |"));
        output.Flush();
    }

    private static string Size(int n) => n >= 1_000_000 ? (n / 1048576.0).ToString("0.#", CultureInfo.InvariantCulture) + "M" : (n / 1000.0).ToString("0.#", CultureInfo.InvariantCulture) + "k";

    private static string Words(string[] words, int chars, string separator)
    {
        var text = new StringBuilder(chars + 64);
        for (int i = 0; text.Length < chars; i++)
        {
            text.Append(words[i % words.Length]).Append(separator);
        }

        return text.ToString();
    }

    private static string Repeat(string text, int chars)
    {
        var result = new StringBuilder(chars + text.Length);
        while (result.Length < chars)
        {
            result.Append(text).Append("\n\n");
        }

        return result.ToString();
    }

    private static string Objects(int rows)
    {
        var text = new StringBuilder("source,object,value\n", rows * 24);
        for (int i = 0; i < rows; i++)
        {
            text.Append("s").Append(i % 100).Append(",o").Append(i).Append(",v").Append(i % 3).Append('\n');
        }

        return text.ToString();
    }

    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}
