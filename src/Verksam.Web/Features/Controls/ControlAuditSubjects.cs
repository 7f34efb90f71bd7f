using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Verksam.Web.Data;
using Verksam.Web.Resources;
using Verksam.Web.Shared.Auditing;

namespace Verksam.Web.Features.Controls;

/// <summary>Names egenkontroller and their results for the change log: "Egenkontroll ”Läkemedel”".</summary>
public sealed class ControlAuditSubjects(VerksamDbContext db) : IAuditSubjects
{
    public async Task<IReadOnlyDictionary<(string EntityType, string EntityId), AuditSubject>> NameAsync(ILookup<string, string> idsByType, CancellationToken cancellationToken = default)
    {
        var names = new Dictionary<(string, string), AuditSubject>();
        var controlIds = AuditSubjectIds.Guids(idsByType, nameof(SelfMonitoring));
        var resultIds = AuditSubjectIds.Guids(idsByType, nameof(SelfMonitoringResult));
        if (controlIds.Count + resultIds.Count == 0)
        {
            return names;
        }

        var results = await db.SelfMonitoringResults.AsNoTracking().Where(r => resultIds.Contains(r.Id)).Select(r => new { r.Id, r.ControlId, r.PerformedOn }).ToListAsync(cancellationToken);
        var all = controlIds.Concat(results.Select(r => r.ControlId)).Distinct().ToList();
        var controls = await db.SelfMonitorings.AsNoTracking().Where(c => all.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => AuditSubjectIds.Quote(c.Title), cancellationToken);
        foreach (var id in controlIds.Where(controls.ContainsKey))
        {
            names[(nameof(SelfMonitoring), id.ToString())] = new(string.Format(CultureInfo.CurrentCulture, Texts.AuditSubject_Control, controls[id]), AuditNoun.Common);
        }

        foreach (var r in results.Where(r => controls.ContainsKey(r.ControlId)))
        {
            names[(nameof(SelfMonitoringResult), r.Id.ToString())] = new(string.Format(CultureInfo.CurrentCulture, Texts.AuditSubject_ControlResult, r.PerformedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), controls[r.ControlId]), AuditNoun.Neuter);
        }

        return names;
    }
}
