using Microsoft.EntityFrameworkCore;
using Verksam.Web.Data;
using Verksam.Web.Domain.Assessment;
using Verksam.Web.Domain.Periods;
using Verksam.Web.Domain.Scales;
using Verksam.Web.Features.FollowUp;
using Verksam.Web.Features.Goals;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Features.Plans;

namespace Verksam.Web.Operations.Demo;

/// <summary>
/// Follow-up reports for the demo: Myndighet LSS's Månadsrapport september 2023 with seed 000's events, texts and
/// yellow goals, approved; the months before it approved, August submitted, October a draft, T2 not yet written; and a
/// few months of Skarpnäcks kommunala hemtjänst in other states. Submitted reports carry their frozen figures.
/// </summary>
internal static class DemoFollowUp
{
    private const string LssManager = "Enhetschef Myndighet LSS";
    private const string LssApprover = "Förvaltningschef Äldre- och omsorgsförvaltningen";
    private const string HemtjanstManager = "Enhetschef Skarpnäcks kommunala hemtjänst";
    private const string HemtjanstApprover = "Stadsdelsdirektör Skarpnäck";

    /// <summary>Seed 000, section 1: the month's important events, one per line.</summary>
    public static readonly string SeptemberEvents = string.Join("\n", new[]
    {
        "MI-utbildning genomförd för halva gruppen",
        "Två medverkade på Tyresöfestivalen",
        "Granskning påbörjats",
        "Avstämningar genomförda",
        "Inte gått in i acceptanstester Alfa",
        "Juridisk handledning",
        "Reflektionstid",
        "EC på Socialchefsdagarna",
    }.Select(e => "- " + e));

    /// <summary>Seed 000's "Vad har gått bra och varför?" per perspective, where it has one.</summary>
    public static readonly IReadOnlyDictionary<string, string> SeptemberWentWell = new Dictionary<string, string>
    {
        ["Medarbetare"] = "- Extra resurser som är bra och duktiga.\n- Extra resurserna tycker att det är bra, arbetsklimat, arbetsbörda.",
        ["Verksamhet"] = "- 33 uppföljningar genomförda.",
    };

    public static async Task AddAsync(VerksamDbContext db, ReportFiguresBuilder reports, CancellationToken cancellationToken)
    {
        AddTyresoMonthlyTemplate(db);
        await AddMyndighetLssAsync(db, reports, cancellationToken);
        await AddHemtjanstAsync(db, reports, cancellationToken);
    }

    /// <summary>
    /// Tyresö's own månadsrapport: the built-in one, but with the whole year's annual wheel month by month, as seed 000
    /// prints it in September. The built-in template prints a report's own months and what is late.
    /// </summary>
    private static void AddTyresoMonthlyTemplate(VerksamDbContext db)
    {
        var template = new ReportTemplate { Id = Guid.NewGuid(), MunicipalityId = DemoData.Tyreso, Kind = ReportKind.MonthlyReport, Name = "Månadsrapport Äldre- och omsorgsförvaltningen", Version = Guid.NewGuid() };
        db.ReportTemplates.Add(template);
        var order = 0;
        foreach (var s in BuiltInTemplates.MonthlyReport.Sections)
        {
            db.ReportTemplateSections.Add(ReportTemplateSection.CopyOf(s.Block == DataBlock.AnnualWheel ? s with { Block = DataBlock.AnnualWheelYear } : s, template, order += 10));
        }
    }

    private static async Task AddMyndighetLssAsync(VerksamDbContext db, ReportFiguresBuilder reports, CancellationToken cancellationToken)
    {
        var unit = await db.OrgUnits.AsNoTracking().FirstAsync(u => u.Id == DemoData.MyndighetLss, cancellationToken);
        var goals = await db.Goals.AsNoTracking().Where(g => g.OrgUnitId == unit.Id && g.Year == DemoIndicators.Year).ToListAsync(cancellationToken);
        var year = DemoIndicators.Year;

        // January to August: every goal green, as the monthly judgements before the report in seed 000.
        for (var month = 1; month <= 8; month++)
        {
            foreach (var goal in goals)
            {
                db.GoalAssessments.Add(new GoalAssessment { Id = Guid.NewGuid(), GoalId = goal.Id, OrgUnitId = unit.Id, Period = Period.Month(year, month), Colour = Rag.Green, Version = Guid.NewGuid() });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        var settings = await db.MunicipalitySettings.AsNoTracking().FirstAsync(s => s.OrgUnitId == unit.MunicipalityId, cancellationToken);
        for (var month = 1; month <= 9; month++)
        {
            var period = Period.Month(year, month);
            var status = month == 8 ? ReportStatus.Submitted : ReportStatus.Approved;
            var report = Report(unit.Id, period, status, LssManager, LssApprover);
            report.Figures = (await reports.ComputeAsync(unit, period, settings, cancellationToken)).ToJson();
            db.FollowUpReports.Add(report);
            if (month == 9)
            {
                Text(db, report, "handelser", SeptemberEvents);
                Text(db, report, "ekonomi", "Se nämndrapporten.");
                foreach (var goal in goals)
                {
                    if (SeptemberWentWell.TryGetValue(goal.Perspective ?? string.Empty, out var wentWell))
                    {
                        Text(db, report, FollowUpService.WentWellKey(goal.Id), wentWell);
                    }

                    if (DemoGoals.Perspectives.FirstOrDefault(p => p.Name == goal.Perspective)?.SeptemberMotivation is { } measures)
                    {
                        Text(db, report, FollowUpService.MeasuresKey(goal.Id), measures);
                    }
                }
            }
        }

        // T1: every goal fully met, approved.
        foreach (var goal in goals)
        {
            db.GoalAssessments.Add(new GoalAssessment { Id = Guid.NewGuid(), GoalId = goal.Id, OrgUnitId = unit.Id, Period = Period.Tertial(year, 1), Fulfilment = Fulfilment.Full, Version = Guid.NewGuid() });
        }

        await db.SaveChangesAsync(cancellationToken);
        var t1 = Report(unit.Id, Period.Tertial(year, 1), ReportStatus.Approved, LssManager, LssApprover);
        t1.Figures = (await reports.ComputeAsync(unit, Period.Tertial(year, 1), settings, cancellationToken)).ToJson();
        db.FollowUpReports.Add(t1);

        var october = Report(unit.Id, Period.Month(year, 10), ReportStatus.Draft, LssManager, LssApprover);
        db.FollowUpReports.Add(october);
        Text(db, october, "handelser", "- Planeringsdagar för enheterna 26–27 oktober");
        db.FollowUpReports.Add(Report(unit.Id, Period.Tertial(year, 2), ReportStatus.Draft, LssManager, LssApprover));
    }

    private static async Task AddHemtjanstAsync(VerksamDbContext db, ReportFiguresBuilder reports, CancellationToken cancellationToken)
    {
        var unit = await db.OrgUnits.AsNoTracking().FirstAsync(u => u.Id == DemoData.SkarpnackHemtjanst, cancellationToken);
        var goals = await db.Goals.AsNoTracking().Where(g => g.OrgUnitId == unit.Id && g.Year == 2023).ToListAsync(cancellationToken);
        for (var month = 1; month <= 5; month++)
        {
            foreach (var goal in goals)
            {
                db.GoalAssessments.Add(new GoalAssessment { Id = Guid.NewGuid(), GoalId = goal.Id, OrgUnitId = unit.Id, Period = Period.Month(2023, month), Colour = Rag.Green, Version = Guid.NewGuid() });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        var settings = await db.MunicipalitySettings.AsNoTracking().FirstOrDefaultAsync(s => s.OrgUnitId == unit.MunicipalityId, cancellationToken)
            ?? new MunicipalitySettings { OrgUnitId = unit.MunicipalityId };
        var states = new[] { ReportStatus.Approved, ReportStatus.Approved, ReportStatus.Approved, ReportStatus.Returned, ReportStatus.Submitted, ReportStatus.Draft };
        for (var month = 1; month <= states.Length; month++)
        {
            var period = Period.Month(2023, month);
            var report = Report(unit.Id, period, states[month - 1], HemtjanstManager, HemtjanstApprover);
            if (report.IsFrozen)
            {
                report.Figures = (await reports.ComputeAsync(unit, period, settings, cancellationToken)).ToJson();
            }

            if (report.Status == ReportStatus.Returned)
            {
                report.Comment = "Beskriv vad som gjorts åt sjukfrånvaron under månaden.";
            }

            db.FollowUpReports.Add(report);
        }
    }

    private static FollowUpReport Report(Guid unitId, Period period, ReportStatus status, string manager, string approver)
    {
        var submitted = new DateTime(period.Year, period.EndMonth, 1, 8, 0, 0, DateTimeKind.Utc).AddMonths(1).AddDays(8);
        var sent = status is ReportStatus.Submitted or ReportStatus.Approved or ReportStatus.Returned;
        return new FollowUpReport
        {
            Id = Guid.NewGuid(),
            OrgUnitId = unitId,
            Period = period,
            Status = status,
            UpdatedAt = submitted,
            SubmittedAt = sent ? submitted : null,
            SubmittedBy = sent ? manager : null,
            // Approved the day it came in, so the document's date is seed 002's (2023-10-09 for September); returned a week later.
            DecidedAt = status == ReportStatus.Approved ? submitted.AddHours(5) : status == ReportStatus.Returned ? submitted.AddDays(7) : null,
            DecidedBy = status is ReportStatus.Approved or ReportStatus.Returned ? approver : null,
            Version = Guid.NewGuid(),
        };
    }

    private static void Text(VerksamDbContext db, FollowUpReport report, string key, string text) =>
        db.FollowUpTexts.Add(new FollowUpText { Id = Guid.NewGuid(), ReportId = report.Id, OrgUnitId = report.OrgUnitId, Key = key, Text = text });
}
