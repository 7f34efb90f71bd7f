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

    /// <summary>
    /// The web project's folder, found upwards from the benchmark's binaries: BenchmarkDotNet's in-process run does not
    /// always find it from the test manifest, and <c>dotnet run</c> from the repository's root must work.
    /// </summary>
    public static string WebContentRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var web = Path.Combine(dir.FullName, "src", "Verksam.Web");
            if (File.Exists(Path.Combine(web, "Verksam.Web.csproj")))
            {
                return web;
            }
        }

        throw new DirectoryNotFoundException("src/Verksam.Web was not found above " + AppContext.BaseDirectory);
    }

    public static WebApplicationFactory<Program> Create(string folder) => new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
    {
        b.UseContentRoot(WebContentRoot());
        b.UseEnvironment("Benchmark");
        b.UseSetting("Database:Provider", "Sqlite");
        b.UseSetting("ConnectionStrings:Verksam", $"Data Source={Path.Combine(folder, "bench.db")}");
        b.UseSetting("Database:DataDirectory", folder);
        b.UseSetting("Database:LoadDemoData", "false");
    });
}
