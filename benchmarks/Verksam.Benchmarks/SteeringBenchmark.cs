using System.Data.Common;
using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Verksam.Web.Data;
using Verksam.Web.Domain.Periods;
using Verksam.Web.Domain.Scales;
using Verksam.Web.Features.Accounts;
using Verksam.Web.Features.FollowUp;
using Verksam.Web.Features.Goals;
using Verksam.Web.Features.Indicators;
using Verksam.Web.Features.Organisation;

namespace Verksam.Benchmarks;

/// <summary>
/// Issue 19's steering pages at scale, through the whole app, each beside the aggregate SQL query that answers it
/// (its floor, the baseline of its category, so the Ratio column is page ÷ floor): 1 municipality, 20 förvaltningar ×
/// 100 units = 2,000 units, each with 50 monthly indicators for each of 10 years (12,000,000 outcomes), four goals a
/// year under the förvaltning's and the municipality's with a colour a month, and reports in mixed states.
/// The seeded database is kept between runs (a file or a database keyed by the seed's and the schema's version), as
/// each benchmark runs in a process of its own and seeding takes minutes; VERKSAM_BENCH_RESEED=1 seeds it anew.
/// </summary>
[Config(typeof(SteeringConfig))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams)]
[CategoriesColumn]
public partial class SteeringBenchmark
{
    private const int SeedVersion = 1;
    private const int Administrations = 20;
    private const int UnitsPerAdministration = 100;
    private const int IndicatorsPerUnit = 50;
    private const int LastYear = 2026;
    private const int Years = 10;
    private const int LastMonth = 11;
    private const string UserName = "stadsledning";
    private const string Password = "benchmark-losenord-2026";
    private const string PostgresVariable = "VERKSAM_BENCH_POSTGRES";
    private const string DefaultPostgres = "Host=127.0.0.1;Port=55470;Username=postgres;Database=postgres";

    private WebApplicationFactory<Program> _factory = null!;
    private HttpClient _client = null!;
    private DbConnection _sql = null!;
    private DbCommand _startFloor = null!;
    private DbCommand _heatmapFloor = null!;
    private DbCommand _trendFloor = null!;
    private DbCommand _belowFloor = null!;
    private Guid _municipality;
    private Guid _unitIndicator;
    private Guid _administrationIndicator;
    private Guid _administration;

    [ParamsSource(nameof(Databases))]
    public string Database { get; set; } = "Sqlite";

    private bool IsSqlite => Database == "Sqlite";

    /// <summary>SQLite always; PostgreSQL when its server answers.</summary>
    public static IEnumerable<string> Databases()
    {
        yield return "Sqlite";
        try
        {
            using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresAdmin) { Timeout = 3 }.ToString());
            connection.Open();
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or System.Net.Sockets.SocketException or TimeoutException)
        {
            Console.WriteLine($"// SteeringBenchmark: PostgreSQL not reachable at {PostgresVariable} ({e.Message}); skipping the PostgreSql parameter.");
            yield break;
        }

        yield return "PostgreSql";
    }

    private static string PostgresAdmin => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } s ? s : DefaultPostgres;

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [Benchmark(Description = "Start page, user granted the municipality")]
    [BenchmarkCategory("Start")]
    public Task<int> StartPage() => GetAsync("/", "Läget");

    [Benchmark(Baseline = true, Description = "Floor: colours by unit of the latest month, 2 000 units")]
    [BenchmarkCategory("Start")]
    public Task<int> StartFloor() => CountAsync(_startFloor);

    [Benchmark(Description = "Heat map, municipality, first page of 100 units")]
    [BenchmarkCategory("Heatmap")]
    public Task<int> Heatmap() => GetAsync($"/organisation/{_municipality}/uppfoljning/oversikt", "Enhet 0001");

    [Benchmark(Baseline = true, Description = "Floor: GROUP BY unit, goal, colour for 100 units")]
    [BenchmarkCategory("Heatmap")]
    public Task<int> HeatmapFloor() => CountAsync(_heatmapFloor);

    [Benchmark(Description = "Trend page, one indicator over ten years")]
    [BenchmarkCategory("Trend")]
    public Task<int> Trend() => GetAsync($"/indikatorer/{_unitIndicator}/trend?visa=ar", "Indikator 01");

    [Benchmark(Baseline = true, Description = "Floor: yearly averages of one indicator's chain")]
    [BenchmarkCategory("Trend")]
    public Task<int> TrendFloor() => CountAsync(_trendFloor);

    [Benchmark(Description = "Trend page, förvaltning's indicator with its 100 units side by side")]
    [BenchmarkCategory("TrendBelow")]
    public Task<int> TrendBelow() => GetAsync($"/indikatorer/{_administrationIndicator}/trend", "Enhet 0001");

    [Benchmark(Baseline = true, Description = "Floor: the year's outcomes of the 100 units' same indicator")]
    [BenchmarkCategory("TrendBelow")]
    public Task<int> TrendBelowFloor() => CountAsync(_belowFloor);

    [GlobalCleanup]
    public void Cleanup()
    {
        _sql.Dispose();
        _client.Dispose();
        _factory.Dispose();
        SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
    }

    private async Task<int> GetAsync(string path, string expected)
    {
        var response = await _client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        return response.StatusCode == HttpStatusCode.OK && body.Contains(expected, StringComparison.Ordinal)
            ? body.Length
            : throw new InvalidOperationException($"{path}: {response.StatusCode}, '{expected}' {(body.Contains(expected, StringComparison.Ordinal) ? "found" : "missing")}");
    }

    private static async Task<int> CountAsync(DbCommand command)
    {
        var rows = 0;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            _ = reader.GetValue(0);
            rows++;
        }

        return rows > 0 ? rows : throw new InvalidOperationException("The floor found nothing: " + command.CommandText);
    }

    /// <summary>
    /// The seed's version only: a later migration does not throw the seeded database away, the app's own start applies it
    /// (as it would to a real city's database, so an index that takes long to build shows there). A change to what is
    /// seeded raises <see cref="SeedVersion"/>.
    /// </summary>
    private static string Key => $"s{SeedVersion}";

    private async Task SetupAsync()
    {
        var reseed = Environment.GetEnvironmentVariable("VERKSAM_BENCH_RESEED") == "1";
        string connectionString;
        bool seeded;
        var folder = Environment.GetEnvironmentVariable("VERKSAM_BENCH_CACHE") is { Length: > 0 } c ? c : Path.Combine(Path.GetTempPath(), "verksam-bench-cache");
        Directory.CreateDirectory(folder);
        if (IsSqlite)
        {
            var file = Path.Combine(folder, $"steering-{Key}.db");
            connectionString = new SqliteConnectionStringBuilder { DataSource = file }.ToString();
            seeded = !reseed && File.Exists(file) && await SqliteMarkedAsync(connectionString);
            if (!seeded)
            {
                foreach (var stale in Directory.GetFiles(folder, "steering-*.db*"))
                {
                    File.Delete(stale);
                }
            }
        }
        else
        {
            var name = "verksam_bench_steering_" + Key;
            connectionString = new NpgsqlConnectionStringBuilder(PostgresAdmin) { Database = name }.ToString();
            seeded = !reseed && await PostgresMarkedAsync(name, connectionString);
            if (!seeded)
            {
                await using var admin = new NpgsqlConnection(PostgresAdmin);
                await admin.OpenAsync();
                var stale = new List<string>();
                await using (var list = new NpgsqlCommand("SELECT datname FROM pg_database WHERE datname LIKE 'verksam_bench_steering_%'", admin))
                await using (var reader = await list.ExecuteReaderAsync())
                {
                    while (await reader.ReadAsync())
                    {
                        stale.Add(reader.GetString(0));
                    }
                }

                foreach (var old in stale)
                {
                    await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{old}\" WITH (FORCE)", admin);
                    await drop.ExecuteNonQueryAsync();
                }

                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
                await create.ExecuteNonQueryAsync();
            }
        }

        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseContentRoot(BenchmarkApp.WebContentRoot());
            b.UseEnvironment("Benchmark");
            b.UseSetting("Database:Provider", Database);
            b.UseSetting("ConnectionStrings:Verksam", connectionString);
            b.UseSetting("Database:DataDirectory", folder);
            b.UseSetting("Database:LoadDemoData", "false");
            b.UseSetting("Logging:LogLevel:Default", "Warning");
            if (Environment.GetEnvironmentVariable("VERKSAM_BENCH_SQL_LOG") == "1")
            {
                b.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command", "Information");
            }
        });
        _client = _factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        if (!seeded)
        {
            var watch = Stopwatch.StartNew();
            await using var scope = _factory.Services.CreateAsyncScope();
            var outcomes = await SeedAsync(scope.ServiceProvider, connectionString);
            Console.WriteLine($"// SteeringBenchmark: seeded {Database} with {outcomes:N0} outcomes in {watch.Elapsed.TotalSeconds:F0} s");
        }
        else
        {
            Console.WriteLine($"// SteeringBenchmark: using the {Database} database seeded before ({Key})");
        }

        _sql = IsSqlite ? new SqliteConnection(connectionString) : new NpgsqlConnection(connectionString);
        await _sql.OpenAsync();
        await FindAsync();
        PrepareFloors();
        await LogInAsync();

        // The sizes of what the pages send, once, for the README.
        foreach (var (label, path) in new[] { ("Heat map page (100 units)", $"/organisation/{_municipality}/uppfoljning/oversikt"), ("Start page", "/"), ("Ten-year trend page", $"/indikatorer/{_unitIndicator}/trend?visa=ar"), ("Trend with 100 units below", $"/indikatorer/{_administrationIndicator}/trend") })
        {
            var bytes = System.Text.Encoding.UTF8.GetByteCount(await _client.GetStringAsync(path));
            Console.WriteLine($"// SteeringBenchmark: {Database} {label}: {bytes / 1024.0:F1} KB of HTML");
        }
    }

    private static async Task<bool> SqliteMarkedAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE name = 'bench_seed'";
        var marked = Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) > 0;
        SqliteConnection.ClearPool(connection);
        return marked;
    }

    private static async Task<bool> PostgresMarkedAsync(string name, string connectionString)
    {
        await using (var admin = new NpgsqlConnection(PostgresAdmin))
        {
            await admin.OpenAsync();
            await using var exists = new NpgsqlCommand("SELECT COUNT(*) FROM pg_database WHERE datname = @n", admin);
            exists.Parameters.AddWithValue("n", name);
            if ((long)(await exists.ExecuteScalarAsync())! == 0)
            {
                return false;
            }
        }

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT COUNT(*) FROM pg_tables WHERE tablename = 'bench_seed'", connection);
        return (long)(await command.ExecuteScalarAsync())! > 0;
    }

    private async Task FindAsync()
    {
        async Task<Guid> OneAsync(string sql)
        {
            await using var command = _sql.CreateCommand();
            command.CommandText = sql;
            var value = await command.ExecuteScalarAsync() ?? throw new InvalidOperationException("Not seeded: " + sql);
            return value is Guid g ? g : Guid.Parse((string)value);
        }

        _municipality = await OneAsync("SELECT \"Id\" FROM org_units WHERE \"Kind\" = 1");
        _administration = await OneAsync("SELECT \"Id\" FROM org_units WHERE \"Name\" = 'Förvaltning 01'");
        _unitIndicator = await OneAsync($"SELECT i.\"Id\" FROM indicators i JOIN org_units u ON u.\"Id\" = i.\"OrgUnitId\" WHERE u.\"Name\" = 'Enhet 0001' AND i.\"Name\" = 'Indikator 01' AND i.\"Year\" = {LastYear}");
        _administrationIndicator = await OneAsync($"SELECT i.\"Id\" FROM indicators i JOIN org_units u ON u.\"Id\" = i.\"OrgUnitId\" WHERE u.\"Name\" = 'Förvaltning 01' AND i.\"Name\" = 'Indikator 01' AND i.\"Year\" = {LastYear}");
    }

    /// <summary>Each page's answer as one aggregate query, the subtree by a range of paths as an index reads it.</summary>
    private void PrepareFloors()
    {
        var prefix = OrgUnit.PathSegment(_municipality);
        DbCommand Command(string sql, params (string Name, object Value)[] parameters)
        {
            var command = _sql.CreateCommand();
            command.CommandText = sql;
            foreach (var (name, value) in parameters)
            {
                Sql.Parameter(command, name, value, IsSqlite);
            }

            command.Prepare();
            return command;
        }

        var range = new[] { ("lo", (object)prefix), ("hi", prefix + "\uffff") };
        _startFloor = Command(
            "SELECT a.\"OrgUnitId\", a.\"Colour\", COUNT(*) FROM goal_assessments a JOIN org_units u ON u.\"Id\" = a.\"OrgUnitId\" "
            + $"WHERE u.\"Path\" >= @lo AND u.\"Path\" < @hi AND NOT u.\"IsArchived\" AND a.\"Year\" = {LastYear} AND a.\"PeriodKind\" = 1 AND a.\"StartMonth\" = {LastMonth} AND a.\"Colour\" IS NOT NULL "
            + "GROUP BY a.\"OrgUnitId\", a.\"Colour\"", range);
        _heatmapFloor = Command(
            "SELECT a.\"OrgUnitId\", a.\"GoalId\", a.\"Colour\", COUNT(*) FROM goal_assessments a "
            + "WHERE a.\"OrgUnitId\" IN (SELECT u.\"Id\" FROM org_units u WHERE u.\"Path\" >= @lo AND u.\"Path\" < @hi AND u.\"Kind\" = 4 AND NOT u.\"IsArchived\" ORDER BY u.\"Name\" LIMIT 100) "
            + $"AND a.\"Year\" = {LastYear} AND a.\"PeriodKind\" = 1 AND a.\"StartMonth\" = {LastMonth} GROUP BY a.\"OrgUnitId\", a.\"GoalId\", a.\"Colour\"", range);
        _trendFloor = Command(
            "SELECT i.\"Year\", AVG(o.\"Value\") FROM indicators i JOIN outcomes o ON o.\"IndicatorId\" = i.\"Id\" "
            + $"WHERE i.\"OrgUnitId\" = (SELECT \"OrgUnitId\" FROM indicators WHERE \"Id\" = @id) AND i.\"Name\" = 'Indikator 01' AND i.\"Year\" > {LastYear - Years} "
            + "GROUP BY i.\"Year\"", ("id", _unitIndicator));
        _belowFloor = Command(
            "SELECT i.\"OrgUnitId\", o.\"StartMonth\", o.\"Value\" FROM indicators i JOIN outcomes o ON o.\"IndicatorId\" = i.\"Id\" "
            + "WHERE i.\"OrgUnitId\" IN (SELECT u.\"Id\" FROM org_units u WHERE u.\"ParentId\" = @board) "
            + $"AND i.\"Year\" = {LastYear} AND i.\"Name\" = 'Indikator 01' AND o.\"Year\" = {LastYear}", ("board", _administration));
    }

    private async Task LogInAsync()
    {
        var login = await _client.GetStringAsync("/logga-in");
        var token = TokenPattern().Match(login).Groups[1].Value;
        var response = await _client.PostAsync("/logga-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.UserName"] = UserName,
            ["Input.Password"] = Password,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException("Login failed: " + response.StatusCode);
        }
    }

    /// <summary>The user through Identity; every other row by raw bulk SQL in one transaction (SQLite) or by COPY (PostgreSQL).</summary>
    private async Task<long> SeedAsync(IServiceProvider services, string connectionString)
    {
        var user = new VerksamUser { UserName = UserName, DisplayName = "Stadsledningen" };
        var created = await services.GetRequiredService<UserManager<VerksamUser>>().CreateAsync(user, Password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", created.Errors.Select(e => e.Description)));
        }

        var db = services.GetRequiredService<VerksamDbContext>();
        var random = new Random(2026);
        Guid NewId()
        {
            Span<byte> bytes = stackalloc byte[16];
            random.NextBytes(bytes);
            return new Guid(bytes);
        }

        var now = DateTime.UtcNow;
        await using IBulkSink sink = IsSqlite ? await SqliteBulkSink.OpenAsync(connectionString) : await PostgresBulkSink.OpenAsync(connectionString);

        // The tree: the municipality, its förvaltningar, their units.
        var units = new BulkTable(db, typeof(OrgUnit));
        var municipality = NewId();
        var administrations = Enumerable.Range(1, Administrations).Select(_ => NewId()).ToArray();
        var unitIds = Enumerable.Range(0, Administrations * UnitsPerAdministration).Select(_ => NewId()).ToArray();
        object?[] Unit(Guid id, string name, OrgUnitKind kind, Guid? parent, string path, int depth)
        {
            var row = units.NewRow();
            units.Set(row, units["Id"], id);
            units.Set(row, units["Name"], name);
            units.Set(row, units["Kind"], kind);
            units.Set(row, units["ParentId"], parent);
            units.Set(row, units["Path"], path);
            units.Set(row, units["Depth"], depth);
            units.Set(row, units["Version"], NewId());
            return row;
        }

        string PathOf(int a) => OrgUnit.PathSegment(municipality) + OrgUnit.PathSegment(administrations[a]);
        await sink.WriteAsync(units, [
            Unit(municipality, "Storkommun", OrgUnitKind.Municipality, null, OrgUnit.PathSegment(municipality), 0),
            .. administrations.Select((id, a) => Unit(id, $"Förvaltning {a + 1:D2}", OrgUnitKind.Board, municipality, PathOf(a), 1)),
            .. unitIds.Select((id, n) => Unit(id, $"Enhet {n + 1:D4}", OrgUnitKind.Unit, administrations[n / UnitsPerAdministration], PathOf(n / UnitsPerAdministration) + OrgUnit.PathSegment(id), 2)),
        ]);

        var grants = new BulkTable(db, typeof(AccessGrant));
        var grant = grants.NewRow();
        grants.Set(grant, grants["Id"], NewId());
        grants.Set(grant, grants["UserId"], user.Id);
        grants.Set(grant, grants["OrgUnitId"], municipality);
        grants.Set(grant, grants["Level"], AccessLevel.Approve);
        grants.Set(grant, grants["GrantedAt"], now);
        await sink.WriteAsync(grants, [grant]);

        // Goals of the last two years: four of the municipality's, each förvaltning's under them, each unit's under
        // its förvaltning's, with a colour a month for the unit's goals.
        var goals = new BulkTable(db, typeof(Goal));
        var assessments = new BulkTable(db, typeof(GoalAssessment));
        var goalRows = new List<object?[]>();
        var assessmentRows = new List<object?[]>();
        object?[] GoalRow(Guid id, Guid unit, int year, GoalLevel level, Guid? parent, int g)
        {
            var row = goals.NewRow();
            goals.Set(row, goals["Id"], id);
            goals.Set(row, goals["OrgUnitId"], unit);
            goals.Set(row, goals["Year"], year);
            goals.Set(row, goals["Level"], level);
            goals.Set(row, goals["ParentId"], parent);
            goals.Set(row, goals["Title"], $"Mål {g + 1} för {year}: verksamheten ger trygg och tillgänglig service");
            goals.Set(row, goals["SortOrder"], g);
            goals.Set(row, goals["Version"], NewId());
            return row;
        }

        var colours = new[] { Rag.Green, Rag.Green, Rag.Green, Rag.Yellow, Rag.Red };
        foreach (var year in new[] { LastYear - 1, LastYear })
        {
            var months = year == LastYear ? LastMonth : 12;
            var top = Enumerable.Range(0, 4).Select(_ => NewId()).ToArray();
            goalRows.AddRange(top.Select((id, g) => GoalRow(id, municipality, year, GoalLevel.CouncilDirection, null, g)));
            for (var a = 0; a < Administrations; a++)
            {
                var board = Enumerable.Range(0, 4).Select(_ => NewId()).ToArray();
                goalRows.AddRange(board.Select((id, g) => GoalRow(id, administrations[a], year, GoalLevel.Board, top[g], g)));
                for (var u = 0; u < UnitsPerAdministration; u++)
                {
                    var n = (a * UnitsPerAdministration) + u;
                    for (var g = 0; g < 4; g++)
                    {
                        var goal = NewId();
                        goalRows.Add(GoalRow(goal, unitIds[n], year, GoalLevel.Unit, board[g], g));
                        for (var m = 1; m <= months; m++)
                        {
                            var row = assessments.NewRow();
                            assessments.Set(row, assessments["Id"], NewId());
                            assessments.Set(row, assessments["GoalId"], goal);
                            assessments.Set(row, assessments["OrgUnitId"], unitIds[n]);
                            assessments.Set(row, assessments["Year"], year);
                            assessments.Set(row, assessments["PeriodKind"], PeriodKind.Month);
                            assessments.Set(row, assessments["StartMonth"], m);
                            assessments.Set(row, assessments["EndMonth"], m);
                            assessments.Set(row, assessments["Colour"], colours[(n + g + m) % colours.Length]);
                            assessments.Set(row, assessments["Version"], NewId());
                            assessmentRows.Add(row);
                        }
                    }
                }
            }
        }

        await sink.WriteAsync(goals, goalRows);
        await sink.WriteAsync(assessments, assessmentRows);

        // Reports of every ended month and tertial of the two years, in mixed states.
        var reports = new BulkTable(db, typeof(FollowUpReport));
        var statuses = new[] { ReportStatus.Approved, ReportStatus.Approved, ReportStatus.Submitted, ReportStatus.Returned, ReportStatus.Draft, ReportStatus.Approved };
        IEnumerable<object?[]> Reports()
        {
            foreach (var year in new[] { LastYear - 1, LastYear })
            {
                foreach (var period in FollowUpService.OverviewPeriods(year).Where(p => year < LastYear || p.EndMonth <= LastMonth))
                {
                    for (var n = 0; n < unitIds.Length; n++)
                    {
                        var status = statuses[(n + period.StartMonth + period.EndMonth) % statuses.Length];
                        var row = reports.NewRow();
                        reports.Set(row, reports["Id"], NewId());
                        reports.Set(row, reports["OrgUnitId"], unitIds[n]);
                        reports.Set(row, reports["Year"], year);
                        reports.Set(row, reports["PeriodKind"], period.Kind);
                        reports.Set(row, reports["StartMonth"], period.StartMonth);
                        reports.Set(row, reports["EndMonth"], period.EndMonth);
                        reports.Set(row, reports["Status"], status);
                        reports.Set(row, reports["UpdatedAt"], now);
                        if (status != ReportStatus.Draft)
                        {
                            reports.Set(row, reports["SubmittedAt"], now);
                            reports.Set(row, reports["SubmittedBy"], "Enhetschef");
                        }

                        if (status is ReportStatus.Approved or ReportStatus.Returned)
                        {
                            reports.Set(row, reports["DecidedAt"], now);
                            reports.Set(row, reports["DecidedBy"], "Förvaltningschef");
                        }

                        if (status == ReportStatus.Returned)
                        {
                            reports.Set(row, reports["Comment"], "Komplettera analysen av avvikelserna.");
                        }

                        reports.Set(row, reports["Version"], NewId());
                        yield return row;
                    }
                }
            }
        }

        await sink.WriteAsync(reports, Reports());

        // Indicators: 50 a year for ten years for every unit and every förvaltning, each copied from the year before,
        // with an outcome a month. Streamed, as 12 million rows do not fit in a list comfortably.
        var indicators = new BulkTable(db, typeof(Indicator));
        var outcomes = new BulkTable(db, typeof(Outcome));
        var owners = administrations.Concat(unitIds).ToArray();
        var indicatorIds = new Guid[owners.Length, Years, IndicatorsPerUnit];
        for (var o = 0; o < owners.Length; o++)
        {
            for (var y = 0; y < Years; y++)
            {
                for (var i = 0; i < IndicatorsPerUnit; i++)
                {
                    indicatorIds[o, y, i] = NewId();
                }
            }
        }

        IEnumerable<object?[]> Indicators()
        {
            for (var o = 0; o < owners.Length; o++)
            {
                for (var y = 0; y < Years; y++)
                {
                    for (var i = 0; i < IndicatorsPerUnit; i++)
                    {
                        var row = indicators.NewRow();
                        indicators.Set(row, indicators["Id"], indicatorIds[o, y, i]);
                        indicators.Set(row, indicators["OrgUnitId"], owners[o]);
                        indicators.Set(row, indicators["Year"], LastYear - Years + 1 + y);
                        indicators.Set(row, indicators["Name"], $"Indikator {i + 1:D2}");
                        indicators.Set(row, indicators["Unit"], MeasureUnit.Percent);
                        indicators.Set(row, indicators["Decimals"], 1);
                        indicators.Set(row, indicators["Periodicity"], Periodicity.Month);
                        indicators.Set(row, indicators["Measurement"], MeasurementKind.Value);
                        indicators.Set(row, indicators["Direction"], Better.Higher);
                        indicators.Set(row, indicators["AnnualTarget"], 80m);
                        indicators.Set(row, indicators["SortOrder"], i);
                        indicators.Set(row, indicators["CopiedFromId"], y > 0 ? indicatorIds[o, y - 1, i] : null);
                        indicators.Set(row, indicators["Version"], NewId());
                        yield return row;
                    }
                }
            }
        }

        await sink.WriteAsync(indicators, Indicators());

        long count = 0;
        IEnumerable<object?[]> Outcomes()
        {
            var row = outcomes.NewRow();
            var (id, indicator, unit, year, kind, start, end, value, version) = (outcomes["Id"], outcomes["IndicatorId"], outcomes["OrgUnitId"], outcomes["Year"], outcomes["PeriodKind"], outcomes["StartMonth"], outcomes["EndMonth"], outcomes["Value"], outcomes["Version"]);
            outcomes.Set(row, kind, PeriodKind.Month);
            for (var o = 0; o < owners.Length; o++)
            {
                outcomes.Set(row, unit, owners[o]);
                for (var y = 0; y < Years; y++)
                {
                    outcomes.Set(row, year, LastYear - Years + 1 + y);
                    for (var i = 0; i < IndicatorsPerUnit; i++)
                    {
                        outcomes.Set(row, indicator, indicatorIds[o, y, i]);
                        for (var m = 1; m <= 12; m++)
                        {
                            row[id] = NewId();
                            row[start] = m;
                            row[end] = m;
                            row[value] = 50m + ((o * 7) + (i * 13) + (y * 3) + (m * 5)) % 50 + (m / 10m);
                            row[version] = NewId();
                            count++;
                            yield return row;
                        }
                    }
                }
            }
        }

        await sink.WriteAsync(outcomes, Outcomes());
        await sink.CommitAsync();
        await using (var sql = IsSqlite ? (DbConnection)new SqliteConnection(connectionString) : new NpgsqlConnection(connectionString))
        {
            await sql.OpenAsync();
            foreach (var statement in new[] { "CREATE TABLE bench_seed (version INTEGER NOT NULL)", $"INSERT INTO bench_seed VALUES ({SeedVersion})", IsSqlite ? "SELECT 1" : "VACUUM ANALYZE" })
            {
                await using var command = sql.CreateCommand();
                command.CommandText = statement;
                command.CommandTimeout = 0;
                await command.ExecuteNonQueryAsync();
            }
        }

        return count;
    }

    /// <summary>
    /// Outside BenchmarkDotNet: each page twice on <paramref name="database"/>, with VERKSAM_BENCH_SQL_LOG=1 logging
    /// every statement and its time, to see which is slow (dotnet run -c Release -- --profile-steering Sqlite).
    /// </summary>
    public static async Task ProfileAsync(string database)
    {
        var bench = new SteeringBenchmark { Database = database };
        await bench.SetupAsync();
        foreach (var (name, page) in new (string, Func<Task<int>>)[] { ("start", bench.StartPage), ("heatmap", bench.Heatmap), ("trend", bench.Trend), ("below", bench.TrendBelow), ("start floor", bench.StartFloor), ("heatmap floor", bench.HeatmapFloor), ("trend floor", bench.TrendFloor), ("below floor", bench.TrendBelowFloor) })
        {
            for (var run = 0; run < 3; run++)
            {
                Console.WriteLine($"// ---- {name} #{run + 1}");
                var watch = Stopwatch.StartNew();
                await page();
                Console.WriteLine($"// ---- {name} #{run + 1}: {watch.Elapsed.TotalMilliseconds:F1} ms");
            }
        }

        bench.Cleanup();
    }

    /// <summary>
    /// A short job run in this process: a generated project of its own would build the whole app again, which on a
    /// busy 2-core machine outlasts BenchmarkDotNet's build timeout, and each case starts its own app anyway.
    /// </summary>
    private sealed class SteeringConfig : ManualConfig
    {
        public SteeringConfig() => AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(10)
            .WithToolchain(BenchmarkDotNet.Toolchains.InProcess.Emit.InProcessEmitToolchain.Instance));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
