using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Verksam.Web.Data;
using Verksam.Web.Resources;
using Verksam.Web.Shared.Auditing;

namespace Verksam.Web.Features.AnnualWheel;

/// <summary>Names the annual wheel's activities for the change log: "Aktivitet i årshjulet ”Brandövning”".</summary>
public sealed class WheelAuditSubjects(VerksamDbContext db) : IAuditSubjects
{
    public async Task<IReadOnlyDictionary<(string EntityType, string EntityId), AuditSubject>> NameAsync(ILookup<string, string> idsByType, CancellationToken cancellationToken = default)
    {
        var names = new Dictionary<(string, string), AuditSubject>();
        var ids = AuditSubjectIds.Guids(idsByType, nameof(WheelActivity));
        if (ids.Count > 0)
        {
            foreach (var e in await db.WheelActivities.AsNoTracking().Where(e => ids.Contains(e.Id)).Select(e => new { e.Id, e.Title }).ToListAsync(cancellationToken))
            {
                names[(nameof(WheelActivity), e.Id.ToString())] = new(string.Format(CultureInfo.CurrentCulture, Texts.AuditSubject_WheelActivity, AuditSubjectIds.Quote(e.Title)), AuditNoun.Common);
            }
        }

        return names;
    }
}
