using System.Security.Claims;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verksam.Web.Data;
using Verksam.Web.Domain.Periods;
using Verksam.Web.Features.Accounts;
using Verksam.Web.Features.Documents;
using Verksam.Web.Features.FollowUp;
using Verksam.Web.Features.Goals;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Operations.Demo;
using Verksam.Web.Shared.Security;

namespace Verksam.Benchmarks;

/// <summary>
/// The verksamhetsberättelse as a document, on SQLite with the demo data: composing seed 003's VB 2024, rendering it
/// to .docx and to PDF (headless Chromium), and the batch export of a förvaltning with 100 such units (the demo's
/// Beställarenheten and 99 copies of it, every one with its cascade, 8 indicators, register and approved VB).
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
public class DocumentBenchmark
{
    private const int Copies = 99;
    private static readonly Period Year = Period.WholeYear(2024);
    private static readonly DateOnly Exported = new(2025, 3, 20);
    private string _folder = string.Empty;
    private WebApplicationFactory<Program> _factory = null!;
    private ClaimsPrincipal _administrator = null!;
    private DocumentModel _document = null!;

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [Benchmark(Description = "Compose VB 2024 (seed 003) into the document model")]
    public async Task<int> Compose()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        AsAdministrator(scope.ServiceProvider);
        var view = await scope.ServiceProvider.GetRequiredService<FollowUpService>().GetAsync(DemoData.Bestallarenheten, Year);
        return ReportDocument.Compose(view, Exported).Blocks.Count;
    }

    [Benchmark(Description = "Render VB 2024 to .docx")]
    public int Word() => WordDocument.Render(_document).Length;

    [Benchmark(Description = "Render VB 2024 to PDF (Chromium)")]
    public async Task<int> Pdf()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<DocumentExport>().RenderAsync(_document, ExportFormat.Pdf)).Content.Length;
    }

    [Benchmark(Description = "Batch export, 100 units' VB as .docx in one zip")]
    public Task<long> BatchWord() => BatchAsync(ExportFormat.Word);

    [Benchmark(Description = "Batch export, 100 units' VB as PDF in one zip")]
    public Task<long> BatchPdf() => BatchAsync(ExportFormat.Pdf);

    [GlobalCleanup]
    public void Cleanup()
    {
        _factory.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task<long> BatchAsync(ExportFormat format)
    {
        var job = await _factory.Services.GetRequiredService<BatchExport>().RunToEndAsync(DemoData.HagerstenAlvsjo, Year, format, _administrator);
        if (job.State != BatchState.Done || job.Done != Copies + 1)
        {
            throw new InvalidOperationException($"The export ended {job.State} after {job.Done} reports.");
        }

        var length = new FileInfo(job.File!).Length;
        File.Delete(job.File!);
        return length;
    }

    private void AsAdministrator(IServiceProvider services) => services.GetRequiredService<CurrentUser>().ActFor(_administrator);

    private async Task SetupAsync()
    {
        _folder = BenchmarkApp.NewFolder();
        _factory = BenchmarkApp.Create(_folder);
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoData>().LoadIfEmptyAsync();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<VerksamUser>>();
            var admin = await users.FindByNameAsync("administrator") ?? throw new InvalidOperationException("No administrator in the demo.");
            _administrator = await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<VerksamUser>>().CreateAsync(admin);
            await CopyUnitsAsync(scope.ServiceProvider.GetRequiredService<VerksamDbContext>());
        }

        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            AsAdministrator(scope.ServiceProvider);
            _document = ReportDocument.Compose(await scope.ServiceProvider.GetRequiredService<FollowUpService>().GetAsync(DemoData.Bestallarenheten, Year), Exported);
        }
    }

    /// <summary>99 copies of Beställarenheten under Hägersten-Älvsjö: goals, fulfilments, indicators, outcomes, matters and the approved VB.</summary>
    private static async Task CopyUnitsAsync(VerksamDbContext db)
    {
        var source = DemoData.Bestallarenheten;
        var board = await db.OrgUnits.AsNoTracking().SingleAsync(u => u.Id == DemoData.HagerstenAlvsjo);
        var goals = await db.Goals.AsNoTracking().Where(g => g.OrgUnitId == source && g.Year == Year.Year).ToListAsync();
        var goalIds = goals.Select(g => g.Id).ToList();
        var assessments = await db.GoalAssessments.AsNoTracking().Where(a => goalIds.Contains(a.GoalId)).ToListAsync();
        var indicators = await db.Indicators.AsNoTracking().Where(i => i.OrgUnitId == source).ToListAsync();
        var outcomes = await db.Outcomes.AsNoTracking().Where(o => o.OrgUnitId == source).ToListAsync();
        var links = await db.GoalIndicators.AsNoTracking().Where(l => l.OrgUnitId == source).ToListAsync();
        var matters = await db.Matters.AsNoTracking().Where(m => m.OrgUnitId == source).ToListAsync();
        var report = await db.FollowUpReports.AsNoTracking().SingleAsync(r => r.OrgUnitId == source && r.PeriodKind == PeriodKind.Year);
        var texts = await db.FollowUpTexts.AsNoTracking().Where(t => t.ReportId == report.Id).ToListAsync();

        for (var n = 1; n <= Copies; n++)
        {
            var unit = OrgUnit.CreateChild(Guid.NewGuid(), $"Beställarenhet {n:D3}", OrgUnitKind.Unit, board);
            db.OrgUnits.Add(unit);
            var ids = new Dictionary<Guid, Guid>();
            Guid Map(Guid id) => ids.TryGetValue(id, out var mapped) ? mapped : ids[id] = Guid.NewGuid();
            foreach (var g in goals)
            {
                db.Goals.Add(new Goal { Id = Map(g.Id), OrgUnitId = unit.Id, Year = g.Year, Level = g.Level, ParentId = g.ParentId, Title = g.Title, SortOrder = g.SortOrder, ExpectedResults = g.ExpectedResults, Version = Guid.NewGuid() });
            }

            foreach (var a in assessments)
            {
                db.GoalAssessments.Add(new GoalAssessment { Id = Guid.NewGuid(), GoalId = Map(a.GoalId), OrgUnitId = unit.Id, Period = a.Period, Fulfilment = a.Fulfilment, Version = Guid.NewGuid() });
            }

            foreach (var i in indicators)
            {
                db.Indicators.Add(new Verksam.Web.Features.Indicators.Indicator
                {
                    Id = Map(i.Id),
                    OrgUnitId = unit.Id,
                    Year = i.Year,
                    Name = i.Name,
                    Unit = i.Unit,
                    Decimals = i.Decimals,
                    Periodicity = i.Periodicity,
                    Measurement = i.Measurement,
                    Direction = i.Direction,
                    AnnualTarget = i.AnnualTarget,
                    CouncilTarget = i.CouncilTarget,
                    CouncilTargetText = i.CouncilTargetText,
                    SplitBySex = i.SplitBySex,
                    SortOrder = i.SortOrder,
                    CopiedFromId = i.CopiedFromId is { } from ? Map(from) : null,
                    Version = Guid.NewGuid(),
                });
            }

            foreach (var o in outcomes)
            {
                db.Outcomes.Add(new Verksam.Web.Features.Indicators.Outcome { Id = Guid.NewGuid(), IndicatorId = Map(o.IndicatorId), OrgUnitId = unit.Id, Period = o.Period, Value = o.Value, ValueMen = o.ValueMen, ValueWomen = o.ValueWomen, Version = Guid.NewGuid() });
            }

            foreach (var l in links)
            {
                db.GoalIndicators.Add(new GoalIndicator { GoalId = l.GoalId, IndicatorId = Map(l.IndicatorId), OrgUnitId = unit.Id });
            }

            foreach (var m in matters)
            {
                var copy = db.Entry(m).CurrentValues.Clone().ToObject() as Verksam.Web.Features.Register.Matter ?? throw new InvalidOperationException();
                copy.Id = Guid.NewGuid();
                copy.OrgUnitId = unit.Id;
                db.Matters.Add(copy);
            }

            var copyReport = new FollowUpReport
            {
                Id = Guid.NewGuid(),
                OrgUnitId = unit.Id,
                Period = report.Period,
                Status = report.Status,
                UpdatedAt = report.UpdatedAt,
                SubmittedAt = report.SubmittedAt,
                SubmittedBy = report.SubmittedBy,
                DecidedAt = report.DecidedAt,
                DecidedBy = report.DecidedBy,
                Version = Guid.NewGuid(),
            };
            db.FollowUpReports.Add(copyReport);
            foreach (var t in texts)
            {
                var key = ids.Aggregate(t.Key, (k, pair) => k.Replace(pair.Key.ToString("N"), pair.Value.ToString("N"), StringComparison.Ordinal));
                db.FollowUpTexts.Add(new FollowUpText { Id = Guid.NewGuid(), ReportId = copyReport.Id, OrgUnitId = unit.Id, Key = key, Text = t.Text });
            }

            if (n % 20 == 0)
            {
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }

        await db.SaveChangesAsync();
    }
}
