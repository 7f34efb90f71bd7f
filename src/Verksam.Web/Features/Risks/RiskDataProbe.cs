using Microsoft.EntityFrameworkCore;
using Verksam.Web.Data;
using Verksam.Web.Features.Organisation;

namespace Verksam.Web.Features.Risks;

/// <summary>A unit with risks or actions has data, and is archived, never deleted.</summary>
internal sealed class RiskDataProbe(VerksamDbContext db) : IOrgUnitDataProbe
{
    public async Task<bool> HasDataAsync(Guid orgUnitId, CancellationToken cancellationToken) =>
        await db.Risks.AnyAsync(x => x.OrgUnitId == orgUnitId, cancellationToken)
        || await db.QualityActions.AnyAsync(x => x.OrgUnitId == orgUnitId, cancellationToken);
}
