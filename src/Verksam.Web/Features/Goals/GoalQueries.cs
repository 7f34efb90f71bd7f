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

    /// <summary>The latest month before <paramref name="before"/> that any of the units gave a goal a colour for, or null.</summary>
    public async Task<Period?> LatestColouredMonthAsync(IQueryable<Guid> unitIds, DateOnly before, CancellationToken cancellationToken = default)
    {
        var key = before.Year * 100 + before.Month;
        var latest = await db.GoalAssessments.Where(a => unitIds.Contains(a.OrgUnitId) && a.PeriodKind == PeriodKind.Month && a.Colour != null && a.Year * 100 + a.StartMonth < key)
            .MaxAsync(a => (int?)(a.Year * 100 + a.StartMonth), cancellationToken);
        return latest is { } l ? Period.Month(l / 100, l % 100) : null;
    }

    /// <summary>How many goals each unit gave each colour for the month, counted in the database.</summary>
    public async Task<IReadOnlyList<ColourCount>> MonthColourCountsAsync(IQueryable<Guid> unitIds, Period month, CancellationToken cancellationToken = default) =>
        await db.GoalAssessments.Where(a => unitIds.Contains(a.OrgUnitId) && a.Year == month.Year && a.PeriodKind == PeriodKind.Month && a.StartMonth == month.StartMonth && a.Colour != null)
            .GroupBy(a => new { a.OrgUnitId, a.Colour })
            .Select(g => new ColourCount(g.Key.OrgUnitId, g.Key.Colour!.Value, g.Count())).ToListAsync(cancellationToken);
}

/// <summary>How many of a unit's goals had a colour in a month.</summary>
public sealed record ColourCount(Guid OrgUnitId, Rag Colour, int Count);

/// <summary>One goal's colour for a month, given by a unit.</summary>
public sealed record MonthColour(Guid OrgUnitId, int Month, Rag Colour);
