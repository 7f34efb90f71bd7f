using System.Net;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Verksam.Web.Data;
using Verksam.Web.Domain.Periods;
using Verksam.Web.Domain.Scales;
using Verksam.Web.Features.Accounts;
using Verksam.Web.Features.FollowUp;
using Verksam.Web.Features.Goals;
using Verksam.Web.Features.Organisation;

namespace Verksam.Benchmarks;

/// <summary>
/// The follow-up overview of a large municipality on SQLite, through the whole app (HTTP, access check, queries,
/// rendering): 20 förvaltningar × 100 units = 2,000 units, each with four goals, a year of monthly colours and 14
/// reports (12 months, T1, T2) in mixed states — 28,000 reports and 96,000 goal assessments.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 10)]
[MemoryDiagnoser]
public partial class FollowUpOverviewBenchmark
{
    private const int Administrations = 20;
    private const int UnitsPerAdministration = 100;
    private const int Year = 2025;
    private const string Password = "benchmark-losenord-2026";
    private string _folder = string.Empty;
    private WebApplicationFactory<Program> _factory = null!;
    private HttpClient _client = null!;
    private Guid _municipality;
    private Guid _administration;

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [Benchmark(Description = "Overview page, municipality with 2 000 units (first page of 100)")]
    public Task<int> Municipality() => GetAsync($"/organisation/{_municipality}/uppfoljning/oversikt?ar={Year}");

    [Benchmark(Description = "Overview page, one förvaltning with 100 units")]
    public Task<int> Administration() => GetAsync($"/organisation/{_administration}/uppfoljning/oversikt?ar={Year}");

    [GlobalCleanup]
    public void Cleanup()
    {
        _client.Dispose();
        _factory.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task<int> GetAsync(string path)
    {
        var response = await _client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        return response.StatusCode == HttpStatusCode.OK && body.Contains("Enhet 0001", StringComparison.Ordinal)
            ? body.Length
            : throw new InvalidOperationException($"{path}: {response.StatusCode}");
    }

    private async Task SetupAsync()
    {
        _folder = BenchmarkApp.NewFolder();
        _factory = BenchmarkApp.Create(_folder);
        _client = _factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            await SeedAsync(scope.ServiceProvider);
        }

        var login = await _client.GetStringAsync("/logga-in");
        var token = TokenPattern().Match(login).Groups[1].Value;
        var response = await _client.PostAsync("/logga-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.UserName"] = "administrator",
            ["Input.Password"] = Password,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException("Login failed: " + response.StatusCode);
        }
    }

    private async Task SeedAsync(IServiceProvider services)
    {
        var user = new VerksamUser { UserName = "administrator", DisplayName = "Administratör", IsAdministrator = true };
        var created = await services.GetRequiredService<UserManager<VerksamUser>>().CreateAsync(user, Password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", created.Errors.Select(e => e.Description)));
        }

        var db = services.GetRequiredService<VerksamDbContext>();
        var municipality = OrgUnit.CreateRoot(Guid.NewGuid(), "Storkommun");
        _municipality = municipality.Id;
        db.OrgUnits.Add(municipality);
        var statuses = new[] { ReportStatus.Approved, ReportStatus.Approved, ReportStatus.Submitted, ReportStatus.Returned, ReportStatus.Draft };
        var colours = new[] { Rag.Green, Rag.Green, Rag.Yellow, Rag.Red };
        var number = 0;
        for (var a = 0; a < Administrations; a++)
        {
            var administration = OrgUnit.CreateChild(Guid.NewGuid(), $"Förvaltning {a + 1:D2}", OrgUnitKind.Board, municipality);
            db.OrgUnits.Add(administration);
            if (a == 0)
            {
                _administration = administration.Id;
            }

            for (var u = 0; u < UnitsPerAdministration; u++)
            {
                var unit = OrgUnit.CreateChild(Guid.NewGuid(), $"Enhet {++number:D4}", OrgUnitKind.Unit, administration);
                db.OrgUnits.Add(unit);
                for (var g = 0; g < 4; g++)
                {
                    var goal = new Goal { Id = Guid.NewGuid(), OrgUnitId = unit.Id, Year = Year, Level = GoalLevel.Unit, Title = $"Mål {g + 1}", SortOrder = g, Version = Guid.NewGuid() };
                    db.Goals.Add(goal);
                    for (var m = 1; m <= 12; m++)
                    {
                        db.GoalAssessments.Add(new GoalAssessment { Id = Guid.NewGuid(), GoalId = goal.Id, OrgUnitId = unit.Id, Period = Period.Month(Year, m), Colour = colours[(number + g + m) % colours.Length], Version = Guid.NewGuid() });
                    }
                }

                foreach (var period in FollowUpService.OverviewPeriods(Year))
                {
                    db.FollowUpReports.Add(new FollowUpReport
                    {
                        Id = Guid.NewGuid(),
                        OrgUnitId = unit.Id,
                        Period = period,
                        Status = statuses[(number + period.StartMonth) % statuses.Length],
                        UpdatedAt = DateTime.UtcNow,
                        Version = Guid.NewGuid(),
                    });
                }
            }

            // One förvaltning at a time keeps the change tracker small.
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
            db.OrgUnits.Attach(municipality);
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
