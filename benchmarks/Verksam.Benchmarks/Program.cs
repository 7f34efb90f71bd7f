using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/Verksam.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Verksam.Benchmarks.OutcomeImportBenchmark).Assembly).Run(args);
