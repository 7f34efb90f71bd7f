using Microsoft.EntityFrameworkCore;
using Verksam.Web.Data;
using Verksam.Web.Features.Organisation;

namespace Verksam.Web.Features.AnnualWheel;

/// <summary>A unit with an annual wheel has data, and is archived, never deleted.</summary>
internal sealed class WheelDataProbe(VerksamDbContext db) : IOrgUnitDataProbe
{
    public async Task<bool> HasDataAsync(Guid orgUnitId, CancellationToken cancellationToken) =>
        await db.WheelActivities.AnyAsync(x => x.OrgUnitId == orgUnitId, cancellationToken);
}
