using BenchmarkDotNet.Running;

namespace Verksam.Benchmarks;

/// <summary>dotnet run -c Release --project benchmarks/Verksam.Benchmarks -- --filter '*'</summary>
internal static class BenchmarkProgram
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
}
