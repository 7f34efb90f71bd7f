using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Verksam.Web.Data;
using Verksam.Web.Domain.Periods;
using Verksam.Web.Resources;
using Verksam.Web.Shared.Auditing;

namespace Verksam.Web.Features.FollowUp;

/// <summary>Names follow-up reports for the change log by their unit and period: "Månadsrapport Sep 2023 för Myndighet LSS".</summary>
public sealed class FollowUpAuditSubjects(VerksamDbContext db, Organisation.OrgUnitService units) : IAuditSubjects
{
    public async Task<IReadOnlyDictionary<(string EntityType, string EntityId), AuditSubject>> NameAsync(ILookup<string, string> idsByType, CancellationToken cancellationToken = default)
    {
        var names = new Dictionary<(string, string), AuditSubject>();
        var reportIds = AuditSubjectIds.Guids(idsByType, nameof(FollowUpReport));
        var textIds = AuditSubjectIds.Guids(idsByType, nameof(FollowUpText));
        if (reportIds.Count + textIds.Count == 0)
        {
            return names;
        }

        var texts = await db.FollowUpTexts.AsNoTracking().Where(t => textIds.Contains(t.Id)).Select(t => new { t.Id, t.ReportId }).ToListAsync(cancellationToken);
        var all = reportIds.Concat(texts.Select(t => t.ReportId)).Distinct().ToList();
        var reports = await db.FollowUpReports.AsNoTracking().Where(r => all.Contains(r.Id)).Select(r => new { r.Id, r.OrgUnitId, r.Year, r.PeriodKind, r.StartMonth, r.EndMonth }).ToListAsync(cancellationToken);
        var unitNames = (await units.ListAsync(reports.Select(r => r.OrgUnitId).Distinct().ToList(), cancellationToken)).ToDictionary(u => u.Id, u => u.Name);
        var named = reports.ToDictionary(r => r.Id, r => Report(Period.FromStored(r.Year, r.PeriodKind, r.StartMonth, r.EndMonth), unitNames.GetValueOrDefault(r.OrgUnitId)));
        foreach (var id in reportIds.Where(named.ContainsKey))
        {
            names[(nameof(FollowUpReport), id.ToString())] = new(named[id], AuditNoun.Common);
        }

        foreach (var t in texts.Where(t => named.ContainsKey(t.ReportId)))
        {
            names[(nameof(FollowUpText), t.Id.ToString())] = new(string.Format(CultureInfo.CurrentCulture, Texts.AuditSubject_ReportText, char.ToLower(named[t.ReportId][0], CultureInfo.CurrentCulture) + named[t.ReportId][1..]), AuditNoun.Common);
        }

        return names;
    }

    private static string Report(Period period, string? unit)
    {
        var name = FollowUpService.Title(period);
        return unit is null ? name : string.Format(CultureInfo.CurrentCulture, Texts.AuditSubject_Report, name, unit);
    }
}
