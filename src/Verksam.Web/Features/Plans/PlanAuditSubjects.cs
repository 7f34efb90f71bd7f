using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Verksam.Web.Data;
using Verksam.Web.Resources;
using Verksam.Web.Shared.Auditing;
using Verksam.Web.Shared.Text;

namespace Verksam.Web.Features.Plans;

/// <summary>Names plans and templates for the change log: "Verksamhetsplan 2024", "Mall ”Månadsrapport”".</summary>
public sealed class PlanAuditSubjects(VerksamDbContext db) : IAuditSubjects
{
    public async Task<IReadOnlyDictionary<(string EntityType, string EntityId), AuditSubject>> NameAsync(ILookup<string, string> idsByType, CancellationToken cancellationToken = default)
    {
        var names = new Dictionary<(string, string), AuditSubject>();
        var planIds = AuditSubjectIds.Guids(idsByType, nameof(OperationalPlan));
        var textIds = AuditSubjectIds.Guids(idsByType, nameof(PlanSectionText));
        var templateIds = AuditSubjectIds.Guids(idsByType, nameof(ReportTemplate));
        var sectionIds = AuditSubjectIds.Guids(idsByType, nameof(ReportTemplateSection));
        if (planIds.Count + textIds.Count > 0)
        {
            var texts = await db.PlanSectionTexts.AsNoTracking().Where(t => textIds.Contains(t.Id)).Select(t => new { t.Id, t.PlanId }).ToListAsync(cancellationToken);
            var allPlans = planIds.Concat(texts.Select(t => t.PlanId)).Distinct().ToList();
            var years = await db.OperationalPlans.AsNoTracking().Where(p => allPlans.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Year, cancellationToken);
            foreach (var (id, year) in years.Where(p => planIds.Contains(p.Key)))
            {
                names[(nameof(OperationalPlan), id.ToString())] = new(Plan(year), AuditNoun.Common);
            }

            foreach (var t in texts.Where(t => years.ContainsKey(t.PlanId)))
            {
                names[(nameof(PlanSectionText), t.Id.ToString())] = new(string.Format(CultureInfo.CurrentCulture, Texts.AuditSubject_PlanText, years[t.PlanId]), AuditNoun.Common);
            }
        }

        if (templateIds.Count + sectionIds.Count > 0)
        {
            var sections = await db.ReportTemplateSections.AsNoTracking().Where(s => sectionIds.Contains(s.Id)).Select(s => new { s.Id, s.TemplateId, s.Title }).ToListAsync(cancellationToken);
            var allTemplates = templateIds.Concat(sections.Select(s => s.TemplateId)).Distinct().ToList();
            var templates = await db.ReportTemplates.AsNoTracking().Where(t => allTemplates.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Kind, cancellationToken);
            foreach (var (id, kind) in templates.Where(t => templateIds.Contains(t.Key)))
            {
                names[(nameof(ReportTemplate), id.ToString())] = new(string.Format(CultureInfo.CurrentCulture, Texts.AuditSubject_Template, EnumText.Of(kind).ToLower(CultureInfo.CurrentCulture)), AuditNoun.Common);
            }

            foreach (var s in sections.Where(s => templates.ContainsKey(s.TemplateId)))
            {
                names[(nameof(ReportTemplateSection), s.Id.ToString())] = new(string.Format(CultureInfo.CurrentCulture, Texts.AuditSubject_TemplateSection, AuditSubjectIds.Quote(s.Title), EnumText.Of(templates[s.TemplateId]).ToLower(CultureInfo.CurrentCulture)), AuditNoun.Neuter);
            }
        }

        return names;
    }

    private static string Plan(int year) => string.Format(CultureInfo.CurrentCulture, Texts.AuditSubject_Plan, year);
}
