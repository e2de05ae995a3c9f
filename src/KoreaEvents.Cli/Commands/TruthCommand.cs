using System.CommandLine;
using System.Diagnostics;
using System.Text;
using KoreaEvents.Core.Truth;
using KoreaEvents.Core.Reporting;
using KoreaEvents.Core.Serialization;

namespace KoreaEvents.Cli.Commands;

/// <summary>
/// <c>koreaevents truth CLAIMS.csv [--algorithm independence|independence-pairs|vote|truthfinder|sums|averagelog|investment|pooledinvestment] [--json] [--truth TRUTH.csv]</c>:
/// truth discovery on a plain <c>source,object,value</c> table. Prints the chosen value per object and the trust per
/// source (CSV sections, or JSON). With <c>--truth</c> it prints the score against the truth table instead of the listing
/// (with <c>--json</c>, the full report including the score).
/// </summary>
internal static class TruthCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
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
        var quiet = CommonOptions.Quiet();
        command.Options.Add(truth);
        command.Options.Add(quiet);
        command.SetAction(parse =>
        {
            var clock = Stopwatch.StartNew();
            double readMs = 0, runMs = 0;
            var truthFile = parse.GetValue(truth);
            var (truthTable, result) = CliProgress.Run(stderr, parse.GetValue(quiet), progress =>
            {
                ClaimTable table;
                using (progress.Begin("read the claims table"))
                {
                    table = Read(parse.GetValue(claims)!, ClaimTable.ReadCsv);
                }

                readMs = clock.Elapsed.TotalMilliseconds;
                TruthTable? truthTable = null;
                if (truthFile is not null)
                {
                    using var reading = progress.Begin("read the truth table");
                    truthTable = Read(truthFile, TruthTable.ReadCsv);
                }

                clock.Restart();
                using var running = progress.Begin($"run {parse.GetValue(algorithm)}");
                var result = TruthDiscoveryAlgorithms.FromName(parse.GetValue(algorithm)!).Run(table);
                runMs = clock.Elapsed.TotalMilliseconds;
                return (truthTable, result);
            });
            TruthEvaluation? evaluation = truthTable?.Evaluate(result);
            bool asJson = parse.GetValue(json);

            // The console's own writer passes text on in pieces of 256 bytes: large reports go straight to the
            // standard output stream (JSON as UTF-8 when the console writes UTF-8) or through a bigger buffer.
            bool console = ReferenceEquals(stdout, Console.Out);
            if (asJson && console && stdout.Encoding.CodePage == Encoding.UTF8.CodePage)
            {
                using var stream = Console.OpenStandardOutput();
                KoreaEventsJson.WriteJson(stream, result, evaluation);
                stream.Write("\n"u8);
                return CliApp.Success;
            }

            using var large = console && (asJson || evaluation is null)
                ? new StreamWriter(Console.OpenStandardOutput(), stdout.Encoding, 1 << 16, leaveOpen: true)
                : null;
            var output = large ?? stdout;
            if (asJson)
            {
                KoreaEventsJson.WriteJson(output, result, evaluation);
                output.Write('\n');
            }
            else if (evaluation is { } e)
            {
                output.Write(TruthListingWriter.FormatEvaluation(result, e, readMs, runMs));
            }
            else
            {
                TruthListingWriter.Write(result, output);
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
}
