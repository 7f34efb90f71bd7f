using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Verksam.Web.Data;
using Verksam.Web.Domain.Periods;
using Verksam.Web.Resources;
using Verksam.Web.Shared.Auditing;

namespace Verksam.Web.Features.Indicators;

/// <summary>Names indicators and their outcomes for the change log: "Utfall för Sep 2023 i indikator ”Ärendemängd…”".</summary>
public sealed class IndicatorAuditSubjects(VerksamDbContext db) : IAuditSubjects
{
    public async Task<IReadOnlyDictionary<(string EntityType, string EntityId), AuditSubject>> NameAsync(ILookup<string, string> idsByType, CancellationToken cancellationToken = default)
    {
        var names = new Dictionary<(string, string), AuditSubject>();
        var indicatorIds = AuditSubjectIds.Guids(idsByType, nameof(Indicator));
        var outcomeIds = AuditSubjectIds.Guids(idsByType, nameof(Outcome));
        if (indicatorIds.Count + outcomeIds.Count == 0)
        {
            return names;
        }

        var outcomes = await db.Outcomes.AsNoTracking().Where(o => outcomeIds.Contains(o.Id)).Select(o => new { o.Id, o.IndicatorId, o.Year, o.PeriodKind, o.StartMonth, o.EndMonth }).ToListAsync(cancellationToken);
        var all = indicatorIds.Concat(outcomes.Select(o => o.IndicatorId)).Distinct().ToList();
        var indicators = await db.Indicators.AsNoTracking().Where(i => all.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Name, cancellationToken);
        foreach (var id in indicatorIds.Where(indicators.ContainsKey))
        {
            names[(nameof(Indicator), id.ToString())] = new(string.Format(CultureInfo.CurrentCulture, Texts.AuditSubject_Indicator, AuditSubjectIds.Quote(indicators[id])), AuditNoun.Common);
        }

        foreach (var o in outcomes.Where(o => indicators.ContainsKey(o.IndicatorId)))
        {
            var period = Period.FromStored(o.Year, o.PeriodKind, o.StartMonth, o.EndMonth).Name;
            names[(nameof(Outcome), o.Id.ToString())] = new(string.Format(CultureInfo.CurrentCulture, Texts.AuditSubject_Outcome, period, AuditSubjectIds.Quote(indicators[o.IndicatorId])), AuditNoun.Neuter);
        }

        return names;
    }
}
