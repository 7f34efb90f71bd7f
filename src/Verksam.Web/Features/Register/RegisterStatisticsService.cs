using Microsoft.EntityFrameworkCore;
using Verksam.Web.Data;
using Verksam.Web.Features.Organisation;

namespace Verksam.Web.Features.Register;

/// <summary>
/// The register's counts over time for a unit or a level above. Read on the unit suffices: the page shows counts, never
/// a matter. One grouped query over the units the user may read below the unit, however many units and matters.
/// </summary>
public sealed class RegisterStatisticsService(VerksamDbContext db, AccessService access, OrgUnitService units, TimeProvider time)
{
    public async Task<RegisterStatistics> GetAsync(Guid unitId, int? year, CancellationToken cancellationToken = default)
    {
        // Counts, never a matter: a board member sees them too.
        var unit = await access.RequireAsync(unitId, AccessLevel.BoardMember, cancellationToken);
        var userAccess = await access.GetAsync(cancellationToken);
        var readable = await units.ReadableUnderAsync(unit.Path, includeArchived: true, AccessLevel.BoardMember, cancellationToken);
        var ids = readable.Select(u => u.Id).ToList();
        var inScope = db.Matters.AsNoTracking().Where(m => ids.Contains(m.OrgUnitId));
        var years = await inScope.Select(m => m.ReceivedOn.Year).Distinct().OrderByDescending(y => y).ToListAsync(cancellationToken);
        var theYear = year ?? (years.Count > 0 ? years[0] : time.GetLocalNow().Year);
        var start = new DateOnly(theYear - 1, 1, 1);
        var end = new DateOnly(theYear + 1, 1, 1);
        var groups = await inScope
            .Where(m => m.ReceivedOn >= start && m.ReceivedOn < end)
            .GroupBy(m => new
            {
                m.OrgUnitId,
                m.Kind,
                m.ReceivedOn.Year,
                m.ReceivedOn.Month,
                Ivo = m.Decision == SeriousnessDecision.Serious && m.IvoNotifiedOn != null,
            })
            .Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var counts = groups.Select(g => new MatterMonthCount(g.Key.OrgUnitId, g.Key.Kind, g.Key.Year, g.Key.Month, g.Key.Ivo, g.Count)).ToList();
        return RegisterStatistics.Compose(unit, theYear, years, readable, counts, userAccess.AllowsRegister);
    }
}
