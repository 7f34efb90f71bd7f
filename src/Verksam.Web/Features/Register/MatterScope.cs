using Microsoft.EntityFrameworkCore;
using Verksam.Web.Data;
using Verksam.Web.Features.Organisation;

namespace Verksam.Web.Features.Register;

/// <summary>The matters of a unit and every unit below it: one join on the unit path, never a query per unit.</summary>
internal static class MatterScope
{
    public static IQueryable<MatterInUnit> Under(VerksamDbContext db, OrgUnitService units, OrgUnit unit)
    {
        var prefix = unit.Path;
        return from m in db.Matters.AsNoTracking()
               join u in units.UnitsUnder(prefix) on m.OrgUnitId equals u.Id
               select new MatterInUnit { Matter = m, UnitName = u.Name, UnitPath = u.Path };
    }

    /// <summary>The years that have matters, latest first.</summary>
    public static Task<List<int>> YearsAsync(VerksamDbContext db, OrgUnitService units, OrgUnit unit, CancellationToken cancellationToken) =>
        Under(db, units, unit).Select(x => x.Matter.ReceivedOn.Year).Distinct().OrderByDescending(y => y).ToListAsync(cancellationToken);
}

internal sealed class MatterInUnit
{
    public Matter Matter { get; init; } = null!;

    public string UnitName { get; init; } = string.Empty;

    public string UnitPath { get; init; } = string.Empty;
}
