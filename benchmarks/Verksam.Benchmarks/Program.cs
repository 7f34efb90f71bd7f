using BenchmarkDotNet.Running;

namespace Verksam.Benchmarks;

/// <summary>dotnet run -c Release --project benchmarks/Verksam.Benchmarks -- --filter '*'</summary>
internal static class BenchmarkProgram
{
    public static void Main(string[] args)
    {
        if (args is ["--profile-steering", var database])
        {
            SteeringBenchmark.ProfileAsync(database).GetAwaiter().GetResult();
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
    }
}
