using Microsoft.EntityFrameworkCore;
using Verksam.Web.Data;
using Verksam.Web.Domain.Periods;
using Verksam.Web.Domain.Scales;
using Verksam.Web.Features.Goals;
using Verksam.Web.Features.Organisation;

namespace Verksam.Web.Features.FollowUp;

/// <summary>The level above a unit: which of its units have reported, with what colours, and who is late.</summary>
public sealed class ReportOverviewService(VerksamDbContext db, AccessService access, OrgUnitService orgUnits, GoalQueries goals, MunicipalitySettingsService municipalities)
{
    /// <summary>The year the overview opens on: the latest any unit below has a report for (<see cref="OpeningPeriod.Year"/>).</summary>
    public async Task<int> OpeningYearAsync(Guid unitId, int currentYear, CancellationToken cancellationToken = default)
    {
        var top = await access.RequireAsync(unitId, AccessLevel.Read, cancellationToken);
        var unitIds = orgUnits.IdsUnder(top.Path);
        return OpeningPeriod.Year(await db.FollowUpReports.Where(r => unitIds.Contains(r.OrgUnitId)).MaxAsync(r => (int?)r.Year, cancellationToken), currentYear);
    }

    /// <summary>
    /// The level above: its units × the periods of the year, each cell with the report's status and the goals' colours,
    /// and the units whose report is overdue. A unit owes reports only from the month it reports from
    /// (<see cref="ReportPeriods.IsOwed(Period, DateOnly?)"/>), and only the kinds of report its municipality uses.
    /// A fixed number of queries whatever the number of units.
    /// </summary>
    public async Task<ReportOverview> OverviewAsync(Guid unitId, int year, DateOnly today, CancellationToken cancellationToken = default)
    {
        var top = await access.RequireAsync(unitId, AccessLevel.Read, cancellationToken);
        var subtree = await orgUnits.SubtreeAsync(top, cancellationToken);
        var names = subtree.ToDictionary(u => u.Id, u => u.Name);
        var units = subtree.Where(u => u.Kind == OrgUnitKind.Unit).OrderBy(u => u.ParentId is { } p ? names.GetValueOrDefault(p) : string.Empty, StringComparer.CurrentCulture)
            .ThenBy(u => u.Name, StringComparer.CurrentCulture)
            .Select(u => new OverviewUnit(u.Id, u.Name, u.ParentId is { } p ? names.GetValueOrDefault(p) : null, u.ReportsFrom)).ToList();
        var unitIds = orgUnits.IdsUnder(top.Path);
        var reports = await db.FollowUpReports.Where(r => unitIds.Contains(r.OrgUnitId) && r.Year == year)
            .Select(r => new { r.OrgUnitId, r.PeriodKind, r.StartMonth, r.EndMonth, r.Status }).ToListAsync(cancellationToken);
        var colours = await goals.MonthColoursAsync(unitIds, year, cancellationToken);
        var settings = await municipalities.GetAsync(top.MunicipalityId, cancellationToken);

        var statusOf = reports.ToDictionary(r => (r.OrgUnitId, Period.FromStored(year, r.PeriodKind, r.StartMonth, r.EndMonth)), r => r.Status);
        var use = settings.ReportUse;
        var written = statusOf.Keys.Select(k => k.Item2).ToHashSet();
        var periods = FollowUpService.ListedPeriods(year, use, written.Contains);
        var colourOf = colours.GroupBy(c => (c.OrgUnitId, c.Month)).ToDictionary(g => g.Key, g => (IReadOnlyList<Rag>)g.Select(c => c.Colour).OrderBy(c => c).ToList());
        var overdue = periods.Where(p => use.Uses(p) && FollowUpService.DueDate(p, settings.ReportDueDay) < today).ToHashSet();

        // Each kind of report the municipality uses is counted by its latest overdue period, in the table's order: the
        // month's report, and beside it the tertial's and the year's, which a count of the month alone left out.
        var latest = overdue.GroupBy(p => p.Kind).Select(g => g.OrderByDescending(p => FollowUpService.DueDate(p, settings.ReportDueDay)).First())
            .OrderBy(p => p.Kind).ToList();
        var missing = latest.Select(p => new OverdueReports(p, FollowUpService.DueDate(p, settings.ReportDueDay), units
            .Where(u => ReportPeriods.IsOwed(p, u.ReportsFrom) && statusOf.GetValueOrDefault((u.Id, p)) is not (ReportStatus.Submitted or ReportStatus.Approved))
            .ToList())).ToList();
        return new ReportOverview(top, year, periods, units, (id, p) => statusOf.TryGetValue((id, p), out var s) ? s : null,
            (id, p) => p.Kind == PeriodKind.Month && colourOf.TryGetValue((id, p.StartMonth), out var c) ? c : [],
            overdue, missing, settings.ReportDueDay);
    }
}

public sealed record OverviewUnit(Guid Id, string Name, string? ParentName, DateOnly? ReportsFrom = null);

/// <summary>The latest overdue period of one kind of report, its last day, and the units that have not submitted it.</summary>
public sealed record OverdueReports(Period Period, DateOnly DueDate, IReadOnlyList<OverviewUnit> Units);

public sealed record ReportOverview(
    OrgUnit Unit,
    int Year,
    IReadOnlyList<Period> Periods,
    IReadOnlyList<OverviewUnit> Units,
    Func<Guid, Period, ReportStatus?> StatusOf,
    Func<Guid, Period, IReadOnlyList<Rag>> ColoursOf,
    IReadOnlySet<Period> Overdue,
    IReadOnlyList<OverdueReports> Missing,
    int DueDay)
{
    /// <summary>Whether every unit has submitted the latest overdue report of every kind: good news, not a warning.</summary>
    public bool AllSubmitted => Missing.All(m => m.Units.Count == 0);

    /// <summary>The unit owes the period's report, its due day has passed, and it is not submitted.</summary>
    public bool IsLate(OverviewUnit unit, Period period)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return Overdue.Contains(period) && ReportPeriods.IsOwed(period, unit.ReportsFrom) && StatusOf(unit.Id, period) is not (ReportStatus.Submitted or ReportStatus.Approved);
    }
}
