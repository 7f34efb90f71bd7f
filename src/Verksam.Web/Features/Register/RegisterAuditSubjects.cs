using Microsoft.EntityFrameworkCore;
using Verksam.Web.Data;
using Verksam.Web.Shared.Auditing;
using Verksam.Web.Shared.Text;

namespace Verksam.Web.Features.Register;

/// <summary>Names the register's matters for the change log by their kind and number: "Klagomål nr 2024-009".</summary>
public sealed class RegisterAuditSubjects(VerksamDbContext db) : IAuditSubjects
{
    public async Task<IReadOnlyDictionary<(string EntityType, string EntityId), AuditSubject>> NameAsync(ILookup<string, string> idsByType, CancellationToken cancellationToken = default)
    {
        var names = new Dictionary<(string, string), AuditSubject>();
        var ids = AuditSubjectIds.Guids(idsByType, nameof(Matter));
        if (ids.Count > 0)
        {
            foreach (var m in await db.Matters.AsNoTracking().Where(m => ids.Contains(m.Id)).Select(m => new { m.Id, m.Kind, m.NumberYear, m.Number }).ToListAsync(cancellationToken))
            {
                names[(nameof(Matter), m.Id.ToString())] = Name(m.Kind, Matter.FormatReference(m.NumberYear, m.Number));
            }
        }

        return names;
    }

    /// <summary>"Klagomål nr 2024-009" (ett klagomål), "Avvikelse nr 2024-003" (en avvikelse).</summary>
    public static AuditSubject Name(MatterKind kind, string reference) =>
        new($"{EnumText.Of(kind)} nr {reference}", kind is MatterKind.Complaint or MatterKind.Praise ? AuditNoun.Neuter : AuditNoun.Common);
}
