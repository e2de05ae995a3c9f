using BenchmarkDotNet.Running;

namespace KoreaEvents.Core.Benchmarks;

/// <summary>Entry point: <c>dotnet run -c Release --project benchmarks/KoreaEvents.Core.Benchmarks -- --filter '*'</c>.</summary>
public static class Program
{
    /// <summary>Runs the benchmarks selected by the command-line arguments.</summary>
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
