using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Verksam.Web.Data;
using Verksam.Web.Domain.Periods;
using Verksam.Web.Resources;
using Verksam.Web.Shared.Auditing;

namespace Verksam.Web.Features.Risks;

/// <summary>Names risks, their follow-ups and actions for the change log: "Risk ”Brist på…” (2023)", "Åtgärd ”Ny rutin”".</summary>
public sealed class RiskAuditSubjects(VerksamDbContext db) : IAuditSubjects
{
    public async Task<IReadOnlyDictionary<(string EntityType, string EntityId), AuditSubject>> NameAsync(ILookup<string, string> idsByType, CancellationToken cancellationToken = default)
    {
        var names = new Dictionary<(string, string), AuditSubject>();
        var riskIds = AuditSubjectIds.Guids(idsByType, nameof(Risk));
        var followUpIds = AuditSubjectIds.Guids(idsByType, nameof(RiskFollowUp));
        var actionIds = AuditSubjectIds.Guids(idsByType, nameof(QualityAction));
        if (riskIds.Count + followUpIds.Count + actionIds.Count == 0)
        {
            return names;
        }

        foreach (var a in await db.QualityActions.AsNoTracking().Where(a => actionIds.Contains(a.Id)).Select(a => new { a.Id, a.Title }).ToListAsync(cancellationToken))
        {
            // An action written only as "Vad ska göras" has no title to quote: it is "Åtgärd", not "Åtgärd ””".
            var title = string.IsNullOrWhiteSpace(a.Title) ? string.Empty : AuditSubjectIds.Quote(a.Title);
            names[(nameof(QualityAction), a.Id.ToString())] = new(string.Format(CultureInfo.CurrentCulture, Texts.AuditSubject_Action, title).TrimEnd(), AuditNoun.Common);
        }

        var followUps = await db.RiskFollowUps.AsNoTracking().Where(f => followUpIds.Contains(f.Id)).Select(f => new { f.Id, f.RiskId, f.Year, f.PeriodKind, f.StartMonth, f.EndMonth }).ToListAsync(cancellationToken);
        var all = riskIds.Concat(followUps.Select(f => f.RiskId)).Distinct().ToList();

        // A risk is known by what it says; the register lists it so.
        var risks = await db.Risks.AsNoTracking().Where(r => all.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => AuditSubjectIds.Quote(r.Description), cancellationToken);
        foreach (var id in riskIds.Where(risks.ContainsKey))
        {
            names[(nameof(Risk), id.ToString())] = new(string.Format(CultureInfo.CurrentCulture, Texts.AuditSubject_Risk, risks[id]), AuditNoun.Common);
        }

        foreach (var f in followUps.Where(f => risks.ContainsKey(f.RiskId)))
        {
            var period = Period.FromStored(f.Year, f.PeriodKind, f.StartMonth, f.EndMonth).Name;
            names[(nameof(RiskFollowUp), f.Id.ToString())] = new(string.Format(CultureInfo.CurrentCulture, Texts.AuditSubject_RiskFollowUp, period, risks[f.RiskId]), AuditNoun.Common);
        }

        return names;
    }
}
