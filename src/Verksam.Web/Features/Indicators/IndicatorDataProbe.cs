using Microsoft.EntityFrameworkCore;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Shared.Data;

namespace Verksam.Web.Features.Indicators;

/// <summary>A unit with indicators has data and is archived, never deleted.</summary>
internal sealed class IndicatorDataProbe(VerksamDbContext db) : IOrgUnitDataProbe
{
    public Task<bool> HasDataAsync(Guid orgUnitId, CancellationToken cancellationToken) =>
        db.Indicators.AnyAsync(i => i.OrgUnitId == orgUnitId, cancellationToken);
}
