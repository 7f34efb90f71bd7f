using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Verksam.Benchmarks;

/// <summary>The whole app on a fresh SQLite file in its own folder, without demo data, for a benchmark to fill.</summary>
internal static class BenchmarkApp
{
    public static string NewFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "verksam-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    public static WebApplicationFactory<Program> Create(string folder) => new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
    {
        b.UseEnvironment("Benchmark");
        b.UseSetting("Database:Provider", "Sqlite");
        b.UseSetting("ConnectionStrings:Verksam", $"Data Source={Path.Combine(folder, "bench.db")}");
        b.UseSetting("Database:DataDirectory", folder);
        b.UseSetting("Database:LoadDemoData", "false");
    });
}
