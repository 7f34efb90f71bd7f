using Microsoft.EntityFrameworkCore;
using Verksam.Web.Data;

namespace Verksam.Web.Features.Indicators;

/// <summary>Reads of a unit's indicators for other features (processes, quality plan, plans); the caller has checked access.</summary>
public sealed class IndicatorQueries(VerksamDbContext db)
{
    /// <summary>The unit's indicators of a year in the order the unit keeps them.</summary>
    public async Task<IReadOnlyList<Indicator>> OfYearAsync(Guid unitId, int year, CancellationToken cancellationToken = default) =>
        await db.Indicators.AsNoTracking().Where(i => i.OrgUnitId == unitId && i.Year == year).OrderBy(i => i.SortOrder).ThenBy(i => i.Name).ToListAsync(cancellationToken);

    /// <summary>The latest year up to <paramref name="year"/> that the unit has indicators for, or null.</summary>
    public Task<int?> LatestYearUpToAsync(Guid unitId, int year, CancellationToken cancellationToken = default) =>
        db.Indicators.Where(i => i.OrgUnitId == unitId && i.Year <= year).MaxAsync(i => (int?)i.Year, cancellationToken);
}
