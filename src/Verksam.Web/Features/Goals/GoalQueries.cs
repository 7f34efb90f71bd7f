using Microsoft.EntityFrameworkCore;
using Verksam.Web.Data;
using Verksam.Web.Domain.Assessment;
using Verksam.Web.Domain.Periods;
using Verksam.Web.Domain.Scales;
using Verksam.Web.Features.Organisation;

namespace Verksam.Web.Features.Goals;

/// <summary>
/// What reports read about goals: the cascade above a unit, their links, assessments and activities. The caller has
/// checked the user's access; each is one query, whatever the number of goals or units.
/// </summary>
public sealed class GoalQueries(VerksamDbContext db)
{
    /// <summary>The goals of a year that <paramref name="unit"/> and every unit above it own.</summary>
    public async Task<List<Goal>> CascadeAsync(OrgUnit unit, int year, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var owners = unit.AncestorIds().Append(unit.Id).ToList();
        return await db.Goals.AsNoTracking().Where(g => owners.Contains(g.OrgUnitId) && g.Year == year).ToListAsync(cancellationToken);
    }

    /// <summary>The indicator links of the given goals; only those <paramref name="unitId"/> made, when it is given.</summary>
    public async Task<List<GoalIndicator>> LinksAsync(IReadOnlyCollection<Guid> goalIds, Guid? unitId = null, CancellationToken cancellationToken = default)
    {
        var query = db.GoalIndicators.AsNoTracking().Where(l => goalIds.Contains(l.GoalId));
        if (unitId is { } id)
        {
            query = query.Where(l => l.OrgUnitId == id);
        }

        return await query.ToListAsync(cancellationToken);
    }

    /// <summary>Every assessment of the given goals in a year, by goal.</summary>
    public async Task<ILookup<Guid, GoalAssessment>> AssessmentsAsync(IReadOnlyCollection<Guid> goalIds, int year, CancellationToken cancellationToken = default) =>
        (await db.GoalAssessments.AsNoTracking().Where(a => goalIds.Contains(a.GoalId) && a.Year == year).ToListAsync(cancellationToken)).ToLookup(a => a.GoalId);

    /// <summary>The year's fulfilment of each of the given goals that has one.</summary>
    public async Task<Dictionary<Guid, Fulfilment?>> YearFulfilmentsAsync(IReadOnlyCollection<Guid> goalIds, int year, CancellationToken cancellationToken = default) =>
        await db.GoalAssessments.AsNoTracking()
            .Where(a => goalIds.Contains(a.GoalId) && a.Year == year && a.PeriodKind == PeriodKind.Year && a.Fulfilment != null)
            .ToDictionaryAsync(a => a.GoalId, a => a.Fulfilment, cancellationToken);

    /// <summary>The activities of the given goals, by goal.</summary>
    public async Task<ILookup<Guid, Activity>> ActivitiesAsync(IReadOnlyCollection<Guid> goalIds, CancellationToken cancellationToken = default) =>
        (await db.Activities.AsNoTracking().Where(a => goalIds.Contains(a.GoalId)).ToListAsync(cancellationToken)).ToLookup(a => a.GoalId);

    /// <summary>Every goal colour given for a month of the year by the units in <paramref name="unitIds"/> (a query, so it stays one).</summary>
    public async Task<IReadOnlyList<MonthColour>> MonthColoursAsync(IQueryable<Guid> unitIds, int year, CancellationToken cancellationToken = default) =>
        await db.GoalAssessments.Where(a => unitIds.Contains(a.OrgUnitId) && a.Year == year && a.PeriodKind == PeriodKind.Month && a.Colour != null)
            .Select(a => new MonthColour(a.OrgUnitId, a.StartMonth, a.Colour!.Value)).ToListAsync(cancellationToken);

    /// <summary>
    /// The latest month before <paramref name="before"/> that any of the units gave a goal a colour for, or null. Usually
    /// it is the month just before, which one probe answers at the first unit that has it. Otherwise each unit's latest
    /// is one step back in <c>ix_goal_assessments_unit_coloured</c>, so the cost follows the number of units, not the
    /// years of history; the largest of them is taken in the same query. At most two queries.
    /// </summary>
    public async Task<Period?> LatestColouredMonthAsync(IQueryable<Guid> unitIds, DateOnly before, CancellationToken cancellationToken = default)
    {
        var previous = new DateOnly(before.Year, before.Month, 1).AddMonths(-1);
        if (await db.GoalAssessments.AnyAsync(a => unitIds.Contains(a.OrgUnitId) && a.PeriodKind == PeriodKind.Month && a.Year == previous.Year && a.StartMonth == previous.Month && a.Colour != null, cancellationToken))
        {
            return Period.Month(previous.Year, previous.Month);
        }

        int year = before.Year, month = before.Month;
        var latest = await unitIds.MaxAsync(
            id => db.GoalAssessments
                .Where(a => a.OrgUnitId == id && a.PeriodKind == PeriodKind.Month && a.Colour != null && (a.Year < year || (a.Year == year && a.StartMonth < month)))
                .OrderByDescending(a => a.Year).ThenByDescending(a => a.StartMonth)
                .Select(a => (int?)(a.Year * 100 + a.StartMonth)).FirstOrDefault(),
            cancellationToken);
        return latest is { } l ? Period.Month(l / 100, l % 100) : null;
    }

    /// <summary>How many goals each unit gave each colour for the month, counted in the database.</summary>
    public async Task<IReadOnlyList<ColourCount>> MonthColourCountsAsync(IQueryable<Guid> unitIds, Period month, CancellationToken cancellationToken = default) =>
        await db.GoalAssessments.Where(a => unitIds.Contains(a.OrgUnitId) && a.Year == month.Year && a.PeriodKind == PeriodKind.Month && a.StartMonth == month.StartMonth && a.Colour != null)
            .GroupBy(a => new { a.OrgUnitId, a.Colour })
            .Select(g => new ColourCount(g.Key.OrgUnitId, g.Key.Colour!.Value, g.Count())).ToListAsync(cancellationToken);

    /// <summary>
    /// The chains of parents (closest first, up to four: the cascade has five levels) that the year's goals of the units in
    /// <paramref name="unitIds"/> other than <paramref name="exceptOwner"/> hang under, each chain once. One query; what a
    /// heat map's columns are found from.
    /// </summary>
    public async Task<IReadOnlyList<GoalChain>> ParentChainsAsync(IQueryable<Guid> unitIds, Guid exceptOwner, int year, CancellationToken cancellationToken = default) =>
        await (from g in db.Goals
               where unitIds.Contains(g.OrgUnitId) && g.OrgUnitId != exceptOwner && g.Year == year
               join p1 in db.Goals on g.ParentId equals p1.Id into j1
               from p1 in j1.DefaultIfEmpty()
               join p2 in db.Goals on p1.ParentId equals p2.Id into j2
               from p2 in j2.DefaultIfEmpty()
               join p3 in db.Goals on p2.ParentId equals p3.Id into j3
               from p3 in j3.DefaultIfEmpty()
               select new GoalChain(g.ParentId, p1.ParentId, p2.ParentId, p3.ParentId)).Distinct().ToListAsync(cancellationToken);

    /// <summary>
    /// The month colours the given units gave their goals in a year (one month, or all with <paramref name="month"/> null),
    /// counted in the database by unit, month, goal and colour, each with the goal's chain of parents. One query.
    /// </summary>
    public async Task<IReadOnlyList<GoalColourCell>> ColourCellsAsync(IReadOnlyCollection<Guid> unitIds, int year, int? month, CancellationToken cancellationToken = default) =>
        await (from a in db.GoalAssessments
               where unitIds.Contains(a.OrgUnitId) && a.Year == year && a.PeriodKind == PeriodKind.Month && a.Colour != null && (month == null || a.StartMonth == month)
               join g in db.Goals on a.GoalId equals g.Id
               join p1 in db.Goals on g.ParentId equals p1.Id into j1
               from p1 in j1.DefaultIfEmpty()
               join p2 in db.Goals on p1.ParentId equals p2.Id into j2
               from p2 in j2.DefaultIfEmpty()
               join p3 in db.Goals on p2.ParentId equals p3.Id into j3
               from p3 in j3.DefaultIfEmpty()
               group a by new { a.OrgUnitId, a.StartMonth, a.GoalId, a.Colour, P1 = g.ParentId, P2 = p1.ParentId, P3 = p2.ParentId, P4 = p3.ParentId } into cell
               select new GoalColourCell(cell.Key.OrgUnitId, cell.Key.StartMonth, cell.Key.GoalId, cell.Key.Colour!.Value,
                   new GoalChain(cell.Key.P1, cell.Key.P2, cell.Key.P3, cell.Key.P4), cell.Count())).ToListAsync(cancellationToken);

    /// <summary>
    /// The fulfilments the given units gave their goals for the tertials and the year of <paramref name="year"/> (one
    /// period, or all with <paramref name="period"/> null), counted in the database by unit, period, goal and fulfilment,
    /// each with the goal's chain of parents. One query; the tertial heat map's cells.
    /// </summary>
    public async Task<IReadOnlyList<GoalFulfilmentCell>> FulfilmentCellsAsync(IReadOnlyCollection<Guid> unitIds, int year, Period? period, CancellationToken cancellationToken = default)
    {
        var kind = period?.Kind;
        var start = period?.StartMonth;
        return await (from a in db.GoalAssessments
                      where unitIds.Contains(a.OrgUnitId) && a.Year == year && (a.PeriodKind == PeriodKind.Tertial || a.PeriodKind == PeriodKind.Year) && a.Fulfilment != null
                          && (kind == null || (a.PeriodKind == kind && a.StartMonth == start))
                      join g in db.Goals on a.GoalId equals g.Id
                      join p1 in db.Goals on g.ParentId equals p1.Id into j1
                      from p1 in j1.DefaultIfEmpty()
                      join p2 in db.Goals on p1.ParentId equals p2.Id into j2
                      from p2 in j2.DefaultIfEmpty()
                      join p3 in db.Goals on p2.ParentId equals p3.Id into j3
                      from p3 in j3.DefaultIfEmpty()
                      group a by new { a.OrgUnitId, a.PeriodKind, a.StartMonth, a.EndMonth, a.GoalId, a.Fulfilment, P1 = g.ParentId, P2 = p1.ParentId, P3 = p2.ParentId, P4 = p3.ParentId } into cell
                      select new GoalFulfilmentCell(cell.Key.OrgUnitId, Period.FromStored(year, cell.Key.PeriodKind, cell.Key.StartMonth, cell.Key.EndMonth), cell.Key.GoalId, cell.Key.Fulfilment!.Value,
                          new GoalChain(cell.Key.P1, cell.Key.P2, cell.Key.P3, cell.Key.P4), cell.Count())).ToListAsync(cancellationToken);
    }

    /// <summary>The latest tertial or year before <paramref name="beforeYear"/> ends that any of the units judged a goal's fulfilment for, or null.</summary>
    public async Task<Period?> LatestFulfilmentPeriodAsync(IQueryable<Guid> unitIds, int beforeYear, CancellationToken cancellationToken = default)
    {
        var latest = await db.GoalAssessments.Where(a => unitIds.Contains(a.OrgUnitId) && (a.PeriodKind == PeriodKind.Tertial || a.PeriodKind == PeriodKind.Year) && a.Fulfilment != null && a.Year < beforeYear)
            .MaxAsync(a => (int?)(a.Year * 100 + a.EndMonth), cancellationToken);
        return latest is not { } l ? null : l % 100 == 12 ? Period.WholeYear(l / 100) : Period.Tertial(l / 100, l % 100 / 4);
    }

    /// <summary>
    /// The units among <paramref name="unitIds"/> that judged a goal under one of <paramref name="columnIds"/> (or the goal
    /// itself) Uppfylls delvis or Uppfylls inte for the tertial or year. One query, whatever the number of units.
    /// </summary>
    public async Task<IReadOnlyList<Guid>> NotFullyMetUnitsAsync(IQueryable<Guid> unitIds, Period period, IReadOnlyCollection<Guid> columnIds, CancellationToken cancellationToken = default) =>
        await UnitsUnder(
            db.GoalAssessments.Where(a => unitIds.Contains(a.OrgUnitId) && a.Year == period.Year && a.PeriodKind == period.Kind && a.StartMonth == period.StartMonth
                && (a.Fulfilment == Fulfilment.Partial || a.Fulfilment == Fulfilment.NotMet)),
            columnIds).ToListAsync(cancellationToken);

    /// <summary>
    /// The units among <paramref name="unitIds"/> that gave a goal under one of <paramref name="columnIds"/> (or the goal
    /// itself) a yellow or red colour for the month. One query, whatever the number of units.
    /// </summary>
    public async Task<IReadOnlyList<Guid>> YellowOrRedUnitsAsync(IQueryable<Guid> unitIds, Period month, IReadOnlyCollection<Guid> columnIds, CancellationToken cancellationToken = default) =>
        await UnitsUnder(
            db.GoalAssessments.Where(a => unitIds.Contains(a.OrgUnitId) && a.Year == month.Year && a.PeriodKind == PeriodKind.Month && a.StartMonth == month.StartMonth
                && (a.Colour == Rag.Yellow || a.Colour == Rag.Red)),
            columnIds).ToListAsync(cancellationToken);

    /// <summary>The units of the assessments whose goal is one of <paramref name="columnIds"/> or hangs under one, up to four levels up; each once.</summary>
    private IQueryable<Guid> UnitsUnder(IQueryable<GoalAssessment> assessments, IReadOnlyCollection<Guid> columnIds) =>
        (from a in assessments
         join g in db.Goals on a.GoalId equals g.Id
         join p1 in db.Goals on g.ParentId equals p1.Id into j1
         from p1 in j1.DefaultIfEmpty()
         join p2 in db.Goals on p1.ParentId equals p2.Id into j2
         from p2 in j2.DefaultIfEmpty()
         join p3 in db.Goals on p2.ParentId equals p3.Id into j3
         from p3 in j3.DefaultIfEmpty()
         where columnIds.Contains(g.Id) || columnIds.Contains(g.ParentId!.Value) || columnIds.Contains(p1.ParentId!.Value)
             || columnIds.Contains(p2.ParentId!.Value) || columnIds.Contains(p3.ParentId!.Value)
         select a.OrgUnitId).Distinct();
}

/// <summary>How many of a unit's goals had a colour in a month.</summary>
public sealed record ColourCount(Guid OrgUnitId, Rag Colour, int Count);

/// <summary>One goal's colour for a month, given by a unit.</summary>
public sealed record MonthColour(Guid OrgUnitId, int Month, Rag Colour);

/// <summary>A goal's parents, closest first; null beyond the top of the cascade.</summary>
public sealed record GoalChain(Guid? Parent, Guid? Grandparent, Guid? Third, Guid? Fourth)
{
    public IEnumerable<Guid> Ids()
    {
        foreach (var id in new[] { Parent, Grandparent, Third, Fourth })
        {
            if (id is { } value)
            {
                yield return value;
            }
        }
    }
}

/// <summary>How many assessments a unit gave one of its goals with one colour in a month (one, as a goal has one per month), and the goal's parents.</summary>
public sealed record GoalColourCell(Guid OrgUnitId, int Month, Guid GoalId, Rag Colour, GoalChain Chain, int Count);

/// <summary>How many assessments a unit gave one of its goals with one fulfilment for a tertial or the year (one, as a goal has one per period), and the goal's parents.</summary>
public sealed record GoalFulfilmentCell(Guid OrgUnitId, Period Period, Guid GoalId, Fulfilment Fulfilment, GoalChain Chain, int Count);
