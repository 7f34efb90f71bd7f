using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Verksam.Web.Data;
using Verksam.Web.Resources;
using Verksam.Web.Shared.Auditing;

namespace Verksam.Web.Features.Assignments;

/// <summary>Names assignments for the change log: "Uppdrag ”Översyn av…”".</summary>
public sealed class AssignmentAuditSubjects(VerksamDbContext db) : IAuditSubjects
{
    public async Task<IReadOnlyDictionary<(string EntityType, string EntityId), AuditSubject>> NameAsync(ILookup<string, string> idsByType, CancellationToken cancellationToken = default)
    {
        var names = new Dictionary<(string, string), AuditSubject>();
        var ids = AuditSubjectIds.Guids(idsByType, nameof(Assignment));
        if (ids.Count > 0)
        {
            foreach (var e in await db.Assignments.AsNoTracking().Where(e => ids.Contains(e.Id)).Select(e => new { e.Id, e.Title }).ToListAsync(cancellationToken))
            {
                names[(nameof(Assignment), e.Id.ToString())] = new(string.Format(CultureInfo.CurrentCulture, Texts.AuditSubject_Assignment, AuditSubjectIds.Quote(e.Title)), AuditNoun.Neuter);
            }
        }

        return names;
    }
}
