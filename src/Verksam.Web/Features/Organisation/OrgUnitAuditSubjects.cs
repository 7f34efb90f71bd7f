using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Verksam.Web.Data;
using Verksam.Web.Resources;
using Verksam.Web.Shared.Auditing;
using Verksam.Web.Shared.Text;

namespace Verksam.Web.Features.Organisation;

/// <summary>Names units, grants and settings for the change log: "Enhet ”Myndighet LSS”", "Behörighet för Anna Berg".</summary>
public sealed class OrgUnitAuditSubjects(VerksamDbContext db, IUserDirectory users) : IAuditSubjects
{
    public async Task<IReadOnlyDictionary<(string EntityType, string EntityId), AuditSubject>> NameAsync(ILookup<string, string> idsByType, CancellationToken cancellationToken = default)
    {
        var names = new Dictionary<(string, string), AuditSubject>();
        var unitIds = AuditSubjectIds.Guids(idsByType, nameof(OrgUnit));
        if (unitIds.Count > 0)
        {
            foreach (var u in await db.OrgUnits.AsNoTracking().Where(u => unitIds.Contains(u.Id)).Select(u => new { u.Id, u.Kind, u.Name }).ToListAsync(cancellationToken))
            {
                names[(nameof(OrgUnit), u.Id.ToString())] = new($"{EnumText.Of(u.Kind)} {AuditSubjectIds.Quote(u.Name)}", AuditNoun.Common);
            }
        }

        var grantIds = AuditSubjectIds.Guids(idsByType, nameof(AccessGrant));
        if (grantIds.Count > 0)
        {
            var grants = await db.AccessGrants.AsNoTracking().Where(g => grantIds.Contains(g.Id)).Select(g => new { g.Id, g.UserId }).ToListAsync(cancellationToken);
            var people = await users.DisplayNamesAsync(grants.Select(g => g.UserId).Distinct().ToList(), cancellationToken);
            foreach (var g in grants.Where(g => people.ContainsKey(g.UserId)))
            {
                names[(nameof(AccessGrant), g.Id.ToString())] = new(string.Format(CultureInfo.CurrentCulture, Texts.AuditSubject_Grant, people[g.UserId]), AuditNoun.Common);
            }
        }

        return names;
    }
}
