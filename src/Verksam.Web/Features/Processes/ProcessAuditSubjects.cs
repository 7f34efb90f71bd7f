using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Verksam.Web.Data;
using Verksam.Web.Resources;
using Verksam.Web.Shared.Auditing;

namespace Verksam.Web.Features.Processes;

/// <summary>Names processes for the change log: "Process ”Utredning”".</summary>
public sealed class ProcessAuditSubjects(VerksamDbContext db) : IAuditSubjects
{
    public async Task<IReadOnlyDictionary<(string EntityType, string EntityId), AuditSubject>> NameAsync(ILookup<string, string> idsByType, CancellationToken cancellationToken = default)
    {
        var names = new Dictionary<(string, string), AuditSubject>();
        var ids = AuditSubjectIds.Guids(idsByType, nameof(QualityProcess));
        if (ids.Count > 0)
        {
            foreach (var e in await db.QualityProcesses.AsNoTracking().Where(e => ids.Contains(e.Id)).Select(e => new { e.Id, e.Name }).ToListAsync(cancellationToken))
            {
                names[(nameof(QualityProcess), e.Id.ToString())] = new(string.Format(CultureInfo.CurrentCulture, Texts.AuditSubject_Process, AuditSubjectIds.Quote(e.Name)), AuditNoun.Common);
            }
        }

        return names;
    }
}
