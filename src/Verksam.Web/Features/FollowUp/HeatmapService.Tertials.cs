using Microsoft.EntityFrameworkCore;
using Verksam.Web.Domain.Assessment;
using Verksam.Web.Domain.Periods;
using Verksam.Web.Features.Goals;
using Verksam.Web.Features.Organisation;

namespace Verksam.Web.Features.FollowUp;

/// <summary>
/// The heat map of a municipality that follows up by tertial (Stockholm writes no monthly reports): its units × the goals
/// for T1, T2 or the verksamhetsberättelse (which covers the third tertial), each cell the goal's fulfilment as the
/// report judged it, or the units × those three periods for one goal. Counted in the database as the monthly map is.
/// </summary>
public sealed partial class HeatmapService
{
    /// <summary>The kinds of report the municipality of <paramref name="unitId"/> writes, which decide the map it opens on; the unit's access is checked.</summary>
    public async Task<ReportUse> ReportUseAsync(Guid unitId, CancellationToken cancellationToken = default)
    {
        var unit = await access.RequireAsync(unitId, AccessLevel.BoardMember, cancellationToken);
        return (await municipalities.GetAsync(unit.MunicipalityId, cancellationToken)).ReportUse;
    }

    /// <summary>The periods a year's goals are judged for: T1, T2 and the year (VB, the last tertial).</summary>
    public static IReadOnlyList<Period> TertialPeriods(int year) => [Period.Tertial(year, 1), Period.Tertial(year, 2), Period.WholeYear(year)];

    public async Task<TertialHeatmap> TertialHeatmapAsync(TertialHeatmapQuery query, DateOnly today, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var top = await access.RequireAsync(query.UnitId, AccessLevel.BoardMember, cancellationToken);
        var subtree = await orgUnits.SubtreeAsync(top, cancellationToken);
        var byId = subtree.ToDictionary(u => u.Id);
        var scope = query.Under is { } under && byId.TryGetValue(under, out var chosen) && chosen.Kind != OrgUnitKind.Unit ? chosen : byId[top.Id];
        var scopeIds = orgUnits.IdsUnder(scope.Path);
        var settings = await municipalities.GetAsync(top.MunicipalityId, cancellationToken);

        var period = TertialOf(query.PeriodCode, today) ?? await DefaultTertialAsync(scopeIds, query.Year, today, cancellationToken);
        var periods = TertialPeriods(period.Year);
        var columns = await ColumnsAsync(top, scopeIds, period.Year, settings.SteerByPerspective, cancellationToken);
        var perspectives = columns.Select(c => c.Perspective).OfType<string>().Distinct().ToList();
        var perspective = query.Perspective is { Length: > 0 } p && perspectives.Contains(p) ? p : null;
        var shown = perspective is null ? columns : columns.Where(c => c.Perspective == perspective).ToList();
        var goal = query.GoalId is { } gid ? columns.FirstOrDefault(c => c.GoalId == gid) : null;
        var counted = goal is null ? shown : [goal];

        var all = Ordered(subtree.Where(u => u.Kind == OrgUnitKind.Unit && !u.IsArchived && u.Path.StartsWith(scope.Path, StringComparison.Ordinal)), byId, top);
        var units = all;
        if (query.OnlyNotFullyMet && goal is null)
        {
            var flagged = (await goals.NotFullyMetUnitsAsync(scopeIds, period, counted.Select(c => c.GoalId).ToList(), cancellationToken)).ToHashSet();
            units = units.Where(u => flagged.Contains(u.Id)).ToList();
        }

        var pageCount = Math.Max(1, (units.Count + PageSize - 1) / PageSize);
        var page = Math.Clamp(query.Page, 1, pageCount);
        var pageUnits = units.Skip((page - 1) * PageSize).Take(PageSize).ToList();
        var pageIds = pageUnits.Select(u => u.Id).ToList();

        var cells = await goals.FulfilmentCellsAsync(pageIds, period.Year, goal is null ? period : null, cancellationToken);
        var columnIds = columns.Select(c => c.GoalId).ToHashSet();
        Guid? ColumnOf(GoalFulfilmentCell c) => columnIds.Contains(c.GoalId) ? c.GoalId : c.Chain.Ids().Cast<Guid?>().FirstOrDefault(id => columnIds.Contains(id!.Value));
        // A tertial stored as T3 is the year's last tertial: the verksamhetsberättelse's column.
        Period Column(Period p) => p.Kind == PeriodKind.Tertial && p.TertialNumber == 3 ? Period.WholeYear(p.Year) : p;
        var cellOf = cells.Select(c => (Cell: c, Column: ColumnOf(c))).Where(c => c.Column is not null)
            .GroupBy(c => (c.Cell.OrgUnitId, c.Column!.Value, Column(c.Cell.Period)))
            .ToDictionary(g => g.Key, g => TertialCell.Of(g.Select(c => c.Cell).ToList()) with { Period = g.Key.Item3 });

        var (statusOf, overdue) = await StatusesAsync(pageIds, period.Year, settings, today, cancellationToken);
        var rows = pageUnits.Select(u => new TertialRow(
            u,
            statusOf.TryGetValue((u.Id, period), out var s) ? s : null,
            LatePeriods(u, overdue, statusOf),
            goal is null
                ? counted.Select(c => cellOf.GetValueOrDefault((u.Id, c.GoalId, period))).ToList()
                : periods.Select(p => cellOf.GetValueOrDefault((u.Id, goal.GoalId, p))).ToList())).ToList();

        var late = await LateCountsAsync(scope.Path, all, overdue, settings.ReportDueDay, cancellationToken);
        var areas = subtree.Where(u => u.Kind is OrgUnitKind.Board or OrgUnitKind.Department && u.Id != top.Id && !u.IsArchived)
            .OrderBy(u => u.Path.Length).ThenBy(u => u.Name, StringComparer.CurrentCulture).Select(u => new HeatArea(u.Id, u.Name)).ToList();
        return new TertialHeatmap(top, scope.Id == top.Id ? null : scope.Id, period, periods, columns, shown, goal, perspectives, perspective, query.OnlyNotFullyMet,
            areas, rows, units.Count, page, pageCount, late, settings.ReportUse);
    }

    /// <summary>T1, T2 or the year from the address ("2024-T1", "2024-VB"; "2024-T3" is the year's last tertial, the VB), if it has begun.</summary>
    private static Period? TertialOf(string? code, DateOnly today)
    {
        if (!Period.TryParse(code, out var period) || period.Kind is not (PeriodKind.Tertial or PeriodKind.Year) || period.Year > today.Year)
        {
            return null;
        }

        period = period.TertialNumber == 3 ? Period.WholeYear(period.Year) : period;
        return period.Year < today.Year || period.Kind == PeriodKind.Year || period.StartMonth <= today.Month ? period : null;
    }

    /// <summary>The latest period the scope judged a goal's fulfilment for (in the year asked, if one is), or else the year's period we are in.</summary>
    private async Task<Period> DefaultTertialAsync(IQueryable<Guid> scopeIds, int? year, DateOnly today, CancellationToken cancellationToken)
    {
        var latest = await goals.LatestFulfilmentPeriodAsync(scopeIds, (year ?? today.Year) + 1, cancellationToken);
        if (latest is { } l && (year is null || l.Year == year))
        {
            return l;
        }

        var asked = year ?? today.Year;
        return asked < today.Year || Period.TertialOf(today.Month) == 3 ? Period.WholeYear(asked) : Period.Tertial(asked, Period.TertialOf(today.Month));
    }
}

/// <summary>
/// What the tertial heat map is asked for: the top unit, a period ("2024-T1", "2024-VB") or a year, a subtree, one
/// perspective's goals, only the units that judged a shown goal Uppfylls delvis or Uppfylls inte, one goal, a page.
/// </summary>
public sealed record TertialHeatmapQuery(Guid UnitId, string? PeriodCode = null, int? Year = null, Guid? Under = null, Guid? GoalId = null, int Page = 1, string? Perspective = null, bool OnlyNotFullyMet = false);

/// <summary>The weakest fulfilment a unit gave its goals under one column for a period, and the goal it gave it to, whose explanation the cell links to.</summary>
public sealed record TertialCell(Fulfilment Fulfilment, Guid GoalId, Period Period, int Goals)
{
    public static TertialCell Of(IReadOnlyList<GoalFulfilmentCell> cells)
    {
        var worst = cells.OrderByDescending(c => c.Fulfilment).ThenBy(c => c.GoalId).First();
        return new TertialCell(worst.Fulfilment, worst.GoalId, worst.Period, cells.Sum(c => c.Count));
    }
}

public sealed record TertialRow(OverviewUnit Unit, ReportStatus? Status, IReadOnlyList<Period> Late, IReadOnlyList<TertialCell?> Cells);

public sealed record TertialHeatmap(
    OrgUnit Unit,
    Guid? Under,
    Period Period,
    IReadOnlyList<Period> Periods,
    IReadOnlyList<HeatColumn> Columns,
    IReadOnlyList<HeatColumn> Shown,
    HeatColumn? Goal,
    IReadOnlyList<string> Perspectives,
    string? Perspective,
    bool OnlyNotFullyMet,
    IReadOnlyList<HeatArea> Areas,
    IReadOnlyList<TertialRow> Rows,
    int UnitCount,
    int PageNumber,
    int PageCount,
    IReadOnlyList<LatePeriod> Late,
    ReportUse Use);
