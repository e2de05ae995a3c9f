using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using KoreaEvents.Core.Truth;

namespace KoreaEvents.Cli.Commands;

/// <summary>
/// <c>koreaevents truth CLAIMS.csv [--algorithm independence|independence-pairs|vote|truthfinder|sums|averagelog|investment|pooledinvestment] [--json] [--truth TRUTH.csv]</c>:
/// truth discovery on a plain <c>source,object,value</c> table. Prints the chosen value per object and the trust per
/// source (CSV sections, or JSON). With <c>--truth</c> it prints the score against the truth table instead of the listing
/// (with <c>--json</c>, the full report including the score).
/// </summary>
internal static class TruthCommand
{
    public static Command Create(TextWriter stdout)
    {
        var claims = new Argument<string>("claims") { Description = "CSV with the header source,object,value (RFC 4180, UTF-8)." }.MustBeFile();
        var algorithm = new Option<string>("--algorithm", "-a")
        {
            Description = $"The algorithm: {string.Join(", ", TruthDiscoveryAlgorithms.Names)} (default: {TruthDiscoveryAlgorithms.Names[0]}, our independence-aware model).",
            DefaultValueFactory = _ => TruthDiscoveryAlgorithms.Names[0],
        };
        algorithm.AcceptOnlyFromAmong([.. TruthDiscoveryAlgorithms.Names]);
        var json = new Option<bool>("--json") { Description = "Write the full report as JSON." };
        var truth = new Option<string?>("--truth") { Description = "CSV with the header object,value: score the chosen values against it (same value rule as the algorithms)." }.MustBeFiles();

        var command = new Command("truth", "Truth discovery on a source,object,value claims CSV: the chosen value per object and the trust per source.");
        command.Arguments.Add(claims);
        command.Options.Add(algorithm);
        command.Options.Add(json);
        command.Options.Add(truth);
        command.SetAction(parse =>
        {
            var clock = Stopwatch.StartNew();
            var table = Read(parse.GetValue(claims)!, ClaimTable.ReadCsv);
            double readMs = clock.Elapsed.TotalMilliseconds;
            var truthFile = parse.GetValue(truth);
            var truthTable = truthFile is null ? null : Read(truthFile, TruthTable.ReadCsv);
            clock.Restart();
            var result = TruthDiscoveryAlgorithms.FromName(parse.GetValue(algorithm)!).Run(table);
            double runMs = clock.Elapsed.TotalMilliseconds;
            TruthEvaluation? evaluation = truthTable?.Evaluate(result);
            bool asJson = parse.GetValue(json);

            // The console's own writer passes text on in pieces of 256 bytes: large reports go straight to the
            // standard output stream (JSON as UTF-8 when the console writes UTF-8) or through a bigger buffer.
            bool console = ReferenceEquals(stdout, Console.Out);
            if (asJson && console && stdout.Encoding.CodePage == Encoding.UTF8.CodePage)
            {
                using var stream = Console.OpenStandardOutput();
                TruthReportJson.WriteJson(stream, result, evaluation);
                stream.Write("\n"u8);
                return CliApp.Success;
            }

            using var large = console && (asJson || evaluation is null)
                ? new StreamWriter(Console.OpenStandardOutput(), stdout.Encoding, 1 << 16, leaveOpen: true)
                : null;
            var output = large ?? stdout;
            if (asJson)
            {
                TruthReportJson.WriteJson(output, result, evaluation);
                output.Write('\n');
            }
            else if (evaluation is { } e)
            {
                output.Write(FormatEvaluation(result, e, readMs, runMs));
            }
            else
            {
                WriteListing(output, result);
            }

            output.Flush();
            return CliApp.Success;
        });
        return command;
    }

    /// <summary>Reads a CSV file; malformed content is an input error naming the file, the line and the column.</summary>
    private static T Read<T>(string path, Func<string, T> read) => InputFiles.Read(path, p =>
    {
        try
        {
            return read(p);
        }
        catch (ClaimTableFormatException ex)
        {
            throw InputFiles.Malformed(p, "a UTF-8 CSV file", $"{InputFiles.Quote(p)}: {ex.Message}", ex, ex.Line, ex.Column);
        }
    });

    /// <summary>One summary line per run; the accuracy script reads it.</summary>
    internal static string FormatEvaluation(TruthDiscoveryResult result, TruthEvaluation e, double readMs, double runMs)
    {
        var inv = CultureInfo.InvariantCulture;
        return string.Create(inv, $"algorithm={result.Algorithm} accuracy={e.Accuracy:F4} correct={e.Correct} scored={e.Scored} missing={e.MissingFromClaims} iterations={result.Iterations} converged={(result.Converged ? "true" : "false")} claims={result.Table.ClaimCount} read_ms={readMs:F0} run_ms={runMs:F0}\n");
    }

    /// <summary>A header comment, then two CSV sections: sources by trust, then objects in input order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void WriteListing(TextWriter writer, TruthDiscoveryResult result)
    {
        var t = result.Table;
        var inv = CultureInfo.InvariantCulture;
        var text = new BlockWriter(writer);
        text.Append(string.Create(inv, $"# algorithm={result.Algorithm} iterations={result.Iterations} converged={(result.Converged ? "true" : "false")} tolerance={result.Tolerance:G3}\n"));
        text.Append(string.Create(inv, $"# rows={t.RowCount} repeated={t.RepeatedRowCount} claims={t.ClaimCount} sources={t.SourceCount} objects={t.ObjectCount} dependent_pairs={result.Dependences.Count}\n"));
        text.Append("source,trust,claims\n");
        foreach (int s in result.GetSourcesByTrust())
        {
            text.AppendField(t.Sources[s]);
            text.Append(',');
            text.Append(result.GetTrust(s), "F4");
            text.Append(',');
            text.Append(t.GetSourceClaimCount(s));
            text.Append('\n');
        }

        text.Append('\n');
        text.Append("object,value,confidence\n");
        for (int o = 0; o < t.ObjectCount; o++)
        {
            text.AppendField(t.Objects[o]);
            text.Append(',');
            text.AppendField(result.GetChosenValueText(o));
            text.Append(',');
            text.Append(result.GetConfidence(o), "F4");
            text.Append('\n');
        }

        text.Flush();
    }

    /// <summary>Collects text in a block and writes the block to the writer when it is full (one call per block).</summary>
    private sealed class BlockWriter(TextWriter writer)
    {
        private readonly char[] _block = new char[1 << 16];
        private int _length;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Append(char c)
        {
            if (_length == _block.Length)
            {
                Flush();
            }

            _block[_length++] = c;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Append(ReadOnlySpan<char> text)
        {
            while (text.Length > _block.Length - _length)
            {
                int take = _block.Length - _length;
                text[..take].CopyTo(_block.AsSpan(_length));
                _length += take;
                text = text[take..];
                Flush();
            }

            text.CopyTo(_block.AsSpan(_length));
            _length += text.Length;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Append(double value, string format)
        {
            Span<char> digits = stackalloc char[64];
            Append(value.TryFormat(digits, out int written, format, CultureInfo.InvariantCulture) ? digits[..written] : value.ToString(format, CultureInfo.InvariantCulture));
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Append(int value)
        {
            Span<char> digits = stackalloc char[16];
            value.TryFormat(digits, out int written, default, CultureInfo.InvariantCulture);
            Append(digits[..written]);
        }

        /// <summary>A CSV field: quoted (quotes doubled) when it holds a comma, a quote or a line break.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void AppendField(string field)
        {
            if (field.AsSpan().IndexOfAny(",\"\r\n") < 0)
            {
                Append(field);
                return;
            }

            Append('"');
            Append(field.Replace("\"", "\"\"", StringComparison.Ordinal));
            Append('"');
        }

        public void Flush()
        {
            writer.Write(_block, 0, _length);
            _length = 0;
        }
    }
}
