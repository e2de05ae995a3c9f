using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using KoreaEvents.Fuzz;

// The fuzzer's command line. Bounded by default (CI runs `--cases 4000`); `--long` runs until Ctrl+C or `--minutes`.
// Every crash is printed with its target, case and edits, and its input is written to --crashes (default
// artifacts/fuzz); the exit code is 1 when anything crashed. Replay one case with `--seed S --only N`.
var cases = new Option<int>("--cases") { Description = "Number of cases to run (bounded mode).", DefaultValueFactory = _ => 4000 };
var seedOption = new Option<int>("--seed") { Description = "Seed of the run; case N of seed S is always the same input.", DefaultValueFactory = _ => 1 };
var only = new Option<int?>("--only") { Description = "Run only case N (to replay a crash)." };
var longMode = new Option<bool>("--long") { Description = "Run until stopped (Ctrl+C) or for --minutes, reporting every minute." };
var minutes = new Option<double?>("--minutes") { Description = "With --long: stop after this many minutes." };
var attacks = new Option<bool>("--attacks") { Description = "Time the complexity attacks at three sizes each and print a Markdown table." };
var scale = new Option<double>("--scale") { Description = "With --attacks: multiply every size (0.1 for a quick look).", DefaultValueFactory = _ => 1.0 };
var crashes = new Option<string>("--crashes") { Description = "Folder for the inputs that crashed.", DefaultValueFactory = _ => Path.Combine("artifacts", "fuzz") };

var root = new RootCommand("Fuzzes KoreaEvents.Core: mutated seeds and random texts through every stage.")
{
    cases, seedOption, only, longMode, minutes, attacks, scale, crashes,
};
root.SetAction(parse =>
{
    if (parse.GetValue(attacks))
    {
        Attacks.Run(Console.Out, parse.GetValue(scale));
        return 0;
    }

    int seed = parse.GetValue(seedOption);
    var fuzzer = new Fuzzer(seed);
    var clock = Stopwatch.StartNew();
    using var stop = new CancellationTokenSource();
    Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
    if (parse.GetValue(only) is int single)
    {
        fuzzer.RunCase(single);
        fuzzer.Flush(single);
    }
    else if (parse.GetValue(longMode))
    {
        var limit = parse.GetValue(minutes) is double m ? TimeSpan.FromMinutes(m) : TimeSpan.MaxValue;
        var nextReport = TimeSpan.FromMinutes(1);
        for (int n = 0; !stop.IsCancellationRequested && clock.Elapsed < limit; n++)
        {
            fuzzer.RunCase(n);
            if (clock.Elapsed >= nextReport)
            {
                Console.Error.WriteLine(FormattableString.Invariant($"{clock.Elapsed:hh\\:mm\\:ss} {fuzzer.Report.Cases} cases, {fuzzer.Report.Crashes.Count} crashes"));
                nextReport += TimeSpan.FromMinutes(1);
            }
        }

        fuzzer.Flush(fuzzer.Report.Cases);
    }
    else
    {
        int count = parse.GetValue(cases);
        for (int n = 0; n < count; n++)
        {
            fuzzer.RunCase(n);
        }

        fuzzer.Flush(count);
    }

    var report = fuzzer.Report;
    foreach (var (target, runs) in report.Runs)
    {
        Console.WriteLine(FormattableString.Invariant($"  {target,-15} {runs,7} inputs, {report.Rejected.GetValueOrDefault(target),6} rejected with a format exception, {report.Crashes.Count(c => c.Target == target),3} crashes"));
    }

    if (report.Crashes.Count > 0)
    {
        var folder = parse.GetValue(crashes)!;
        Directory.CreateDirectory(folder);
        foreach (var crash in report.Crashes)
        {
            var file = Path.Combine(folder, FormattableString.Invariant($"crash-{crash.Target}-seed{seed}-case{crash.Case}.txt"));
            File.WriteAllText(file, crash.Input);
            Console.WriteLine($"CRASH {crash.Target} case {crash.Case.ToString(CultureInfo.InvariantCulture)}: {crash.Error}");
            Console.WriteLine($"      edits: {(crash.Mutations.Length > 300 ? crash.Mutations[..300] + " …" : crash.Mutations)}");
            Console.WriteLine($"      input: {file}");
        }
    }

    Console.WriteLine(FormattableString.Invariant($"fuzz: {report.Cases} cases (seed {seed}), {report.Crashes.Count} crashes, {clock.Elapsed.TotalSeconds:0.0} s"));
    return report.Crashes.Count == 0 ? 0 : 1;
});
return root.Parse(args).Invoke();
