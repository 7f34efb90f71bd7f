using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Verksam.Web.Data;
using Verksam.Web.Domain.Periods;
using Verksam.Web.Resources;
using Verksam.Web.Shared.Auditing;

namespace Verksam.Web.Features.Goals;

/// <summary>Names goals and what hangs on them for the change log: "Mål 1.3.1 ”Personer som har insatser…”".</summary>
public sealed class GoalAuditSubjects(VerksamDbContext db) : IAuditSubjects
{
    public async Task<IReadOnlyDictionary<(string EntityType, string EntityId), AuditSubject>> NameAsync(ILookup<string, string> idsByType, CancellationToken cancellationToken = default)
    {
        var names = new Dictionary<(string, string), AuditSubject>();
        var goalIds = AuditSubjectIds.Guids(idsByType, nameof(Goal));
        var activityIds = AuditSubjectIds.Guids(idsByType, nameof(Activity));
        var assessmentIds = AuditSubjectIds.Guids(idsByType, nameof(GoalAssessment));
        var links = idsByType[nameof(GoalIndicator)].Select(id => (Id: id, Goal: Guid.TryParse(id.Split(',')[0], out var g) ? g : Guid.Empty)).ToList();
        if (goalIds.Count + activityIds.Count + assessmentIds.Count + links.Count == 0)
        {
            return names;
        }

        foreach (var a in await db.Activities.AsNoTracking().Where(a => activityIds.Contains(a.Id)).Select(a => new { a.Id, a.Title }).ToListAsync(cancellationToken))
        {
            names[(nameof(Activity), a.Id.ToString())] = new(string.Format(CultureInfo.CurrentCulture, Texts.AuditSubject_Activity, AuditSubjectIds.Quote(a.Title)), AuditNoun.Common);
        }

        var assessments = await db.GoalAssessments.AsNoTracking().Where(a => assessmentIds.Contains(a.Id)).Select(a => new { a.Id, a.GoalId, a.Year, a.PeriodKind, a.StartMonth, a.EndMonth }).ToListAsync(cancellationToken);
        var allGoals = goalIds.Concat(assessments.Select(a => a.GoalId)).Concat(links.Select(l => l.Goal)).Distinct().ToList();
        // A goal by its number and title; "Mål" goes before it once, in the goal's own headline or in "av mål …".
        var goals = await db.Goals.AsNoTracking().Where(g => allGoals.Contains(g.Id)).Select(g => new { g.Id, g.Number, g.Title }).ToDictionaryAsync(g => g.Id, g => Reference(g.Number, g.Title), cancellationToken);
        foreach (var id in goalIds.Where(goals.ContainsKey))
        {
            names[(nameof(Goal), id.ToString())] = new(string.Format(CultureInfo.CurrentCulture, Texts.AuditSubject_Goal, goals[id]), AuditNoun.Neuter);
        }

        foreach (var a in assessments.Where(a => goals.ContainsKey(a.GoalId)))
        {
            var period = Period.FromStored(a.Year, a.PeriodKind, a.StartMonth, a.EndMonth).Name;
            names[(nameof(GoalAssessment), a.Id.ToString())] = new(string.Format(CultureInfo.CurrentCulture, Texts.AuditSubject_GoalAssessment, period, goals[a.GoalId]), AuditNoun.Common);
        }

        foreach (var l in links.Where(l => goals.ContainsKey(l.Goal)))
        {
            names[(nameof(GoalIndicator), l.Id)] = new(string.Format(CultureInfo.CurrentCulture, Texts.AuditSubject_GoalIndicator, goals[l.Goal]), AuditNoun.Common);
        }

        return names;
    }

    /// <summary>A goal as the log refers to it after the word "mål": "1.3.1 ”Personer som…”", or "”Nöjda medarbetare”".</summary>
    private static string Reference(string? number, string title) =>
        string.IsNullOrWhiteSpace(number) ? AuditSubjectIds.Quote(title) : $"{number} {AuditSubjectIds.Quote(title)}";
}
