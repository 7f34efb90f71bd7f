using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Verksam.Web.Data;
using Verksam.Web.Domain.Scales;
using Verksam.Web.Features.Indicators;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Shared.Security;

namespace Verksam.Benchmarks;

/// <summary>
/// Imports a good CSV file of 100,000 outcomes (700 units × 12 indicators × 12 months ≈ 100,800 rows) into a fresh
/// SQLite database, the embedded default. Each iteration starts from an empty set of outcomes.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 3)]
[MemoryDiagnoser]
public class OutcomeImportBenchmark
{
    private const int Units = 700;
    private const int IndicatorsPerUnit = 12;
    private string _folder = string.Empty;
    private ServiceProvider _services = null!;
    private byte[] _file = [];

    public static int Rows => Units * IndicatorsPerUnit * 12;

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "verksam-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        _services = BuildServices(Path.Combine(_folder, "bench.db"));
        using var scope = _services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<VerksamDbContext>();
        DatabaseSetup.MigrateAsync(db).GetAwaiter().GetResult();
        var municipality = OrgUnit.CreateRoot(Guid.NewGuid(), "Benchmarkkommun");
        var board = OrgUnit.CreateChild(Guid.NewGuid(), "Socialnämnden", OrgUnitKind.Board, municipality);
        db.OrgUnits.AddRange(municipality, board);
        var scale = ScaleParser.Parse("G: 80-100% A: 50-79% R: 0-49%").Scale;
        var csv = new StringBuilder("Enhet;Indikator;Period;Värde\n");
        for (var u = 0; u < Units; u++)
        {
            var unit = OrgUnit.CreateChild(Guid.NewGuid(), $"Enhet {u:D4}", OrgUnitKind.Unit, board);
            db.OrgUnits.Add(unit);
            for (var i = 0; i < IndicatorsPerUnit; i++)
            {
                var name = $"Indikator {i:D2}";
                db.Indicators.Add(new Indicator { Id = Guid.NewGuid(), OrgUnitId = unit.Id, Year = 2025, Name = name, Scale = scale, Version = Guid.NewGuid() });
                for (var m = 1; m <= 12; m++)
                {
                    csv.Append(CultureInfo.InvariantCulture, $"{unit.Id};{name};2025-{m:D2};{(40 + ((u + i + m) % 60)).ToString(CultureInfo.InvariantCulture)},5\n");
                }
            }
        }

        db.SaveChanges();
        _file = Encoding.UTF8.GetBytes(csv.ToString());

        // Each iteration empties the audit log, which its append-only triggers forbid. They fire on UPDATE and DELETE
        // only, never on the import's inserts, so dropping them in this throwaway database leaves the measure as it was.
        db.Database.ExecuteSqlRaw("DROP TRIGGER IF EXISTS audit_events_no_update; DROP TRIGGER IF EXISTS audit_events_no_delete;");
    }

    [IterationSetup]
    public void Empty()
    {
        using var scope = _services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<VerksamDbContext>();
        db.Database.ExecuteSqlRaw("DELETE FROM outcomes; DELETE FROM audit_events;");
    }

    [Benchmark(Description = "Import 100 800 outcomes from CSV (SQLite)")]
    public async Task<int> Import()
    {
        using var scope = _services.CreateScope();
        scope.ServiceProvider.GetRequiredService<AccessService>().UseSystemAccess();
        await using var stream = new MemoryStream(_file);
        var result = await scope.ServiceProvider.GetRequiredService<OutcomeImportService>().ImportAsync(stream, OutcomeFileFormat.Csv);
        return result.Succeeded && result.Created == Rows ? result.Created : throw new InvalidOperationException(string.Join("\n", result.Problems.Take(5)));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _services.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static ServiceProvider BuildServices(string file)
    {
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IHttpContextAccessor, HttpContextAccessor>();
        services.AddScoped<CurrentUser>();
        services.AddScoped<IAuditActor>(sp => sp.GetRequiredService<CurrentUser>());
        services.AddDbContext<VerksamDbContext>(o => DatabaseSetup.Configure(o, DatabaseProvider.Sqlite, $"Data Source={file}"));
        services.AddScoped<AccessService>();
        services.AddScoped<IndicatorService>();
        services.AddScoped<OutcomeImportService>();
        return services.BuildServiceProvider();
    }
}
