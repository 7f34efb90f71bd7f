using Microsoft.EntityFrameworkCore;
using Verksam.Web.Data;
using Verksam.Web.Domain.Periods;
using Verksam.Web.Domain.Scales;
using Verksam.Web.Features.Goals;
using Verksam.Web.Features.Organisation;

namespace Verksam.Web.Features.FollowUp;

/// <summary>
/// The level above as a heat map: its units × the goals they answer to for one month, or × the months of a year for one
/// goal, each cell the colour the unit gave, with its report's status and every report it is late with. The colours are
/// counted in the database for the page's units only; a fixed number of queries whatever the number of units.
/// </summary>
public sealed partial class HeatmapService(VerksamDbContext db, AccessService access, OrgUnitService orgUnits, GoalQueries goals, MunicipalitySettingsService municipalities)
{
    public const int PageSize = 100;

    /// <summary>The shown units' reports of the year by unit and period, and the year's periods already past their due date: one query, for both maps.</summary>
    private async Task<(Dictionary<(Guid, Period), ReportStatus> StatusOf, List<Period> Overdue)> StatusesAsync(List<Guid> pageIds, int year, MunicipalitySettings settings, DateOnly today, CancellationToken cancellationToken)
    {
        var reports = await db.FollowUpReports.Where(r => pageIds.Contains(r.OrgUnitId) && r.Year == year)
            .Select(r => new { r.OrgUnitId, r.PeriodKind, r.StartMonth, r.EndMonth, r.Status }).ToListAsync(cancellationToken);
        var statusOf = reports.ToDictionary(r => (r.OrgUnitId, Period.FromStored(year, r.PeriodKind, r.StartMonth, r.EndMonth)), r => r.Status);
        var overdue = FollowUpService.OverviewPeriods(year)
            .Where(p => settings.ReportUse.Uses(p) && FollowUpService.DueDate(p, settings.ReportDueDay) < today).ToList();
        return (statusOf, overdue);
    }

    /// <summary>The overdue periods the unit owes and has not sent in.</summary>
    private static List<Period> LatePeriods(OverviewUnit unit, List<Period> overdue, Dictionary<(Guid, Period), ReportStatus> statusOf) =>
        overdue.Where(p => ReportPeriods.IsOwed(p, unit.ReportsFrom) && statusOf.GetValueOrDefault((unit.Id, p)) is not (ReportStatus.Submitted or ReportStatus.Approved)).ToList();

    public async Task<Heatmap> HeatmapAsync(HeatmapQuery query, DateOnly today, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var top = await access.RequireAsync(query.UnitId, AccessLevel.BoardMember, cancellationToken);
        var subtree = await orgUnits.SubtreeAsync(top, cancellationToken);
        var byId = subtree.ToDictionary(u => u.Id);

        // A förvaltning or avdelning below narrows the map to its subtree; anything outside the user's top is ignored.
        var scope = query.Under is { } under && byId.TryGetValue(under, out var chosen) && chosen.Kind != OrgUnitKind.Unit ? chosen : byId[top.Id];
        var scopeIds = orgUnits.IdsUnder(scope.Path);
        var settings = await municipalities.GetAsync(top.MunicipalityId, cancellationToken);

        var month = Month(query, today) is { } asked ? asked
            : await goals.LatestColouredMonthAsync(scopeIds, query.Year is { } y ? new DateOnly(y + 1, 1, 1) : new DateOnly(today.Year, today.Month, 1).AddMonths(1), cancellationToken)
              ?? await LatestReportedMonthAsync(scopeIds, query.Year, today, cancellationToken);

        var columns = await ColumnsAsync(top, scopeIds, month.Year, settings.SteerByPerspective, cancellationToken);
        var perspectives = columns.Select(c => c.Perspective).OfType<string>().Distinct().ToList();
        var perspective = query.Perspective is { Length: > 0 } p && perspectives.Contains(p) ? p : null;
        var shown = perspective is null ? columns : columns.Where(c => c.Perspective == perspective).ToList();
        var goal = query.GoalId is { } gid ? columns.FirstOrDefault(c => c.GoalId == gid) : null;
        var counted = goal is null ? shown : [goal];

        var all = Ordered(subtree.Where(u => u.Kind == OrgUnitKind.Unit && !u.IsArchived && u.Path.StartsWith(scope.Path, StringComparison.Ordinal)), byId, top);
        var units = all;
        if (query.OnlyYellowAndRed && goal is null)
        {
            var flagged = (await goals.YellowOrRedUnitsAsync(scopeIds, month, counted.Select(c => c.GoalId).ToList(), cancellationToken)).ToHashSet();
            units = units.Where(u => flagged.Contains(u.Id)).ToList();
        }

        var pageCount = Math.Max(1, (units.Count + PageSize - 1) / PageSize);
        var page = Math.Clamp(query.Page, 1, pageCount);
        var pageUnits = units.Skip((page - 1) * PageSize).Take(PageSize).ToList();
        var pageIds = pageUnits.Select(u => u.Id).ToList();

        var cells = await goals.ColourCellsAsync(pageIds, month.Year, goal is null ? month.StartMonth : null, cancellationToken);
        var columnIds = columns.Select(c => c.GoalId).ToHashSet();
        Guid? ColumnOf(GoalColourCell c) => columnIds.Contains(c.GoalId) ? c.GoalId : c.Chain.Ids().Cast<Guid?>().FirstOrDefault(id => columnIds.Contains(id!.Value));
        var cellOf = cells.Select(c => (Cell: c, Column: ColumnOf(c))).Where(c => c.Column is not null)
            .GroupBy(c => (c.Cell.OrgUnitId, c.Column!.Value, Month: goal is null ? 0 : c.Cell.Month))
            .ToDictionary(g => g.Key, g => HeatCell.Of(g.Select(c => c.Cell).ToList()));

        var (statusOf, overdue) = await StatusesAsync(pageIds, month.Year, settings, today, cancellationToken);
        var rows = pageUnits.Select(u => new HeatRow(
            u,
            statusOf.TryGetValue((u.Id, month), out var s) ? s : null,
            LatePeriods(u, overdue, statusOf),
            goal is null
                ? counted.Select(c => cellOf.GetValueOrDefault((u.Id, c.GoalId, 0))).ToList()
                : Enumerable.Range(1, 12).Select(m => cellOf.GetValueOrDefault((u.Id, goal.GoalId, m))).ToList())).ToList();

        var late = await LateCountsAsync(scope.Path, all, overdue, settings.ReportDueDay, cancellationToken);
        var areas = subtree.Where(u => u.Kind is OrgUnitKind.Board or OrgUnitKind.Department && u.Id != top.Id && !u.IsArchived)
            .OrderBy(u => u.Path.Length).ThenBy(u => u.Name, StringComparer.CurrentCulture).Select(u => new HeatArea(u.Id, u.Name)).ToList();
        return new Heatmap(top, scope.Id == top.Id ? null : scope.Id, month, columns, shown, goal, perspectives, perspective, query.OnlyYellowAndRed,
            areas, rows, units.Count, page, pageCount, late, settings.ReportUse.Uses(month));
    }

    /// <summary>
    /// Without a month with colours (a municipality that writes only tertial reports): the last month of the latest year
    /// the scope has reports for, as the overview of periods opens (<see cref="OpeningPeriod.Year"/>), or this month.
    /// </summary>
    private async Task<Period> LatestReportedMonthAsync(IQueryable<Guid> scopeIds, int? year, DateOnly today, CancellationToken cancellationToken)
    {
        var opening = year ?? OpeningPeriod.Year(await db.FollowUpReports.Where(r => scopeIds.Contains(r.OrgUnitId)).MaxAsync(r => (int?)r.Year, cancellationToken), today.Year);
        return Period.Month(opening, opening == today.Year ? today.Month : 12);
    }

    private static Period? Month(HeatmapQuery query, DateOnly today) =>
        Period.TryParse(query.PeriodCode, out var period) && period.Kind == PeriodKind.Month && period.Year is >= 2000 and <= 2100
            && (period.Year, period.StartMonth).CompareTo((today.Year, today.Month)) <= 0 ? period : null;

    /// <summary>
    /// The columns: the goals of the top unit and those above it that the scope's own goals hang under, nearest first, in
    /// number order (the goals page's numbers, from the same rule), or in the goals' order where the municipality steers by perspective.
    /// </summary>
    private async Task<IReadOnlyList<HeatColumn>> ColumnsAsync(OrgUnit top, IQueryable<Guid> scopeIds, int year, bool byPerspective, CancellationToken cancellationToken)
    {
        var cascade = await goals.CascadeAsync(top, year, cancellationToken);
        var inCascade = cascade.ToDictionary(g => g.Id);
        var chains = await goals.ParentChainsAsync(scopeIds, top.Id, year, cancellationToken);
        var used = top.Kind == OrgUnitKind.Unit
            ? cascade.Where(g => g.OrgUnitId == top.Id).Select(g => g.Id).ToHashSet()
            : chains.Select(c => c.Ids().FirstOrDefault(inCascade.ContainsKey)).Where(id => id != Guid.Empty).ToHashSet();
        var numbers = byPerspective ? new Dictionary<Guid, string>()
            : GoalNumbering.Number(cascade.Select(g => new GoalNode(g.Id, g.ParentId, g.SortOrder, g.Number, g.Title, g.OrgUnitId)).ToList());
        var ordered = cascade.Where(g => used.Contains(g.Id)).ToList();
        ordered = byPerspective || numbers.Count == 0
            ? ordered.OrderBy(g => g.SortOrder).ThenBy(g => g.Title, StringComparer.CurrentCulture).ToList()
            : ordered.OrderBy(g => numbers.GetValueOrDefault(g.Id), GoalNumberComparer.Instance).ToList();
        return ordered.Select((g, i) => new HeatColumn(g.Id, numbers.GetValueOrDefault(g.Id), g.Title, g.Perspective, i + 1)).ToList();
    }

    /// <summary>The units depth first by the names of the units above them, as the organisation tree shows them.</summary>
    private static List<OverviewUnit> Ordered(IEnumerable<OrgTreeNode> units, Dictionary<Guid, OrgTreeNode> byId, OrgUnit top)
    {
        string GroupOf(OrgTreeNode u) => u.ParentId is { } p && p != top.Id && byId.TryGetValue(p, out var parent) ? parent.Name : string.Empty;
        string SortKey(OrgTreeNode u) => string.Join('\u0001', u.Path.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => byId.TryGetValue(Guid.ParseExact(s, "N"), out var a) ? a.Name : string.Empty));
        return units.OrderBy(SortKey, StringComparer.CurrentCulture)
            .Select(u => new OverviewUnit(u.Id, u.Name, GroupOf(u) is { Length: > 0 } g ? g : null, u.ReportsFrom)).ToList();
    }

    /// <summary>
    /// For each overdue period, how many of the scope's units owe it and have not submitted it, whatever the filter: the
    /// owing units are counted from the tree already read, the submitted reports in the database in one grouped query —
    /// only those of units that owe the period, as the start page's to-do decides it: no archived unit, none of a period
    /// before the unit's start, so that their reports do not hide another unit's missing one.
    /// </summary>
    private async Task<IReadOnlyList<LatePeriod>> LateCountsAsync(string scopePath, List<OverviewUnit> units, List<Period> overdue, int dueDay, CancellationToken cancellationToken)
    {
        if (overdue.Count == 0)
        {
            return [];
        }

        var year = overdue[0].Year;
        var submitted = await (from r in db.FollowUpReports
                               join u in orgUnits.ReportingUnitsUnder(scopePath) on r.OrgUnitId equals u.Id
                               where r.Year == year && (r.Status == ReportStatus.Submitted || r.Status == ReportStatus.Approved)
                                   && (u.ReportsFrom == null || u.ReportsFrom.Value.Year < year || (u.ReportsFrom.Value.Year == year && u.ReportsFrom.Value.Month <= r.EndMonth))
                               select r)
            .GroupBy(r => new { r.PeriodKind, r.StartMonth, r.EndMonth })
            .Select(g => new { g.Key.PeriodKind, g.Key.StartMonth, g.Key.EndMonth, Count = g.Count() }).ToListAsync(cancellationToken);
        return overdue.Select(p =>
        {
            var owed = units.Count(u => ReportPeriods.IsOwed(p, u.ReportsFrom));
            var sent = submitted.Where(s => s.PeriodKind == p.Kind && s.StartMonth == p.StartMonth && s.EndMonth == p.EndMonth).Sum(s => s.Count);
            return new LatePeriod(p, FollowUpService.DueDate(p, dueDay), Math.Max(0, owed - sent));
        }).Where(l => l.Units > 0).ToList();
    }
}

/// <summary>What the heat map is asked for: the top unit, a month ("2023-09") or a year, a subtree, a perspective, only yellow and red, one goal, a page.</summary>
public sealed record HeatmapQuery(Guid UnitId, string? PeriodCode = null, int? Year = null, Guid? Under = null, string? Perspective = null, bool OnlyYellowAndRed = false, Guid? GoalId = null, int Page = 1);

/// <summary>A column: a goal the units answer to, its number as the goals page writes it (none where the municipality steers by perspective), and its place.</summary>
public sealed record HeatColumn(Guid GoalId, string? Number, string Title, string? Perspective, int Place)
{
    /// <summary>"1.3", or the perspective ("Medarbetare"), or the place ("Mål 2") when the goal has neither.</summary>
    public string Label => Number ?? Perspective ?? string.Format(System.Globalization.CultureInfo.CurrentCulture, Resources.Texts.Heatmap_GoalPlace, Place);

    /// <summary>The title's first words, for a narrow column head; the whole title is in the list of goals under the map.</summary>
    public string ShortTitle
    {
        get
        {
            if (Title.Length <= 28)
            {
                return Title;
            }

            var at = Title.LastIndexOf(' ', 27);
            return Title[..(at > 10 ? at : 27)] + "…";
        }
    }
}

/// <summary>The worst colour a unit gave its goals under one column, and the goal it gave it to, whose explanation the cell links to.</summary>
public sealed record HeatCell(Rag Colour, Guid GoalId, int Month, int Goals)
{
    public static HeatCell Of(IReadOnlyList<GoalColourCell> cells)
    {
        var worst = cells.OrderByDescending(c => c.Colour).ThenBy(c => c.GoalId).First();
        return new HeatCell(worst.Colour, worst.GoalId, worst.Month, cells.Sum(c => c.Count));
    }
}

public sealed record HeatRow(OverviewUnit Unit, ReportStatus? Status, IReadOnlyList<Period> Late, IReadOnlyList<HeatCell?> Cells);

public sealed record HeatArea(Guid Id, string Name);

/// <summary>An overdue period and how many units have not submitted its report.</summary>
public sealed record LatePeriod(Period Period, DateOnly DueDate, int Units);

public sealed record Heatmap(
    OrgUnit Unit,
    Guid? Under,
    Period Month,
    IReadOnlyList<HeatColumn> AllColumns,
    IReadOnlyList<HeatColumn> Columns,
    HeatColumn? Goal,
    IReadOnlyList<string> Perspectives,
    string? Perspective,
    bool OnlyYellowAndRed,
    IReadOnlyList<HeatArea> Areas,
    IReadOnlyList<HeatRow> Rows,
    int UnitCount,
    int PageNumber,
    int PageCount,
    IReadOnlyList<LatePeriod> Late,
    bool WritesMonthly);
