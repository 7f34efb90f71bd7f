using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Verksam.Web.Data;
using Verksam.Web.Features.Indicators;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Resources;
using Verksam.Web.Shared.Security;
using Verksam.Web.Shared.Validation;

namespace Verksam.Web.Features.Goals;

/// <summary>
/// Which indicators inform a goal, with their weights: set from the goal's page, or from the indicator's page through
/// <see cref="IIndicatorGoals"/>, which this implements so that indicators need not know about goals.
/// </summary>
public sealed class GoalLinkService(VerksamDbContext db, AccessService access, GoalAccess goals, GoalService goalService, IndicatorService indicators) : IIndicatorGoals
{
    /// <summary>
    /// Sets which of the owning unit's indicators inform the goal, and their weights. <paramref name="stamp"/> is the
    /// <see cref="LinkStamp"/> the form was opened with: when the links have changed since, the save is refused.
    /// </summary>
    public async Task SetIndicatorsAsync(Guid goalId, IReadOnlyDictionary<Guid, decimal> weights, string? stamp, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var (goal, _, canEdit) = await goals.LoadAsync(goalId, AccessLevel.Read, cancellationToken);
        if (!canEdit)
        {
            await access.RecordDenialAsync(goal.OrgUnitId, AccessLevel.Edit, cancellationToken);
            throw new UnitAccessDeniedException(UnitAccessOutcome.Forbidden);
        }
        var ids = weights.Keys.ToList();
        var valid = (await indicators.ListAsync(ids, cancellationToken)).Where(i => i.OrgUnitId == goal.OrgUnitId && i.Year == goal.Year).ToList();
        if (valid.Count != ids.Count)
        {
            throw new UnitAccessDeniedException(UnitAccessOutcome.NotFound);
        }

        if (weights.Values.Any(w => w is < 0 or > 1000))
        {
            throw ValidationException.For("Weights", Texts.Goal_Weight_Range);
        }

        // Only the owning unit's own links: other units' links to this goal are theirs to change.
        var links = await db.GoalIndicators.Where(l => l.GoalId == goalId && l.OrgUnitId == goal.OrgUnitId).ToListAsync(cancellationToken);
        if (stamp != LinkStamp(links))
        {
            throw new StaleVersionException(Texts.Concurrency_Stale);
        }

        db.GoalIndicators.RemoveRange(links.Where(l => !weights.ContainsKey(l.IndicatorId)));
        foreach (var (indicatorId, weight) in weights)
        {
            var link = links.FirstOrDefault(l => l.IndicatorId == indicatorId);
            if (link is null)
            {
                db.GoalIndicators.Add(new GoalIndicator { GoalId = goalId, IndicatorId = indicatorId, OrgUnitId = goal.OrgUnitId, Weight = weight });
            }
            else
            {
                link.Weight = weight;
            }
        }

        await db.SaveOrRefuseAsync(cancellationToken);
    }

    /// <summary>The goals an indicator's unit may tie it to (its own and those above, same year), and those it is tied to.</summary>
    public async Task<(IReadOnlyList<IndicatorGoal> Choices, IReadOnlySet<Guid> Linked, IReadOnlyDictionary<Guid, string> Numbers)> GoalsForIndicatorAsync(Guid indicatorId, CancellationToken cancellationToken = default)
    {
        var indicator = await indicators.FindAsync(indicatorId, cancellationToken)
            ?? throw new UnitAccessDeniedException(UnitAccessOutcome.NotFound);
        var unit = await access.RequireAsync(indicator.OrgUnitId, AccessLevel.Read, cancellationToken);
        var owners = unit.AncestorIds().Append(unit.Id).ToList();
        var choices = await db.Goals.AsNoTracking().Where(g => owners.Contains(g.OrgUnitId) && g.Year == indicator.Year).ToListAsync(cancellationToken);
        var linked = (await db.GoalIndicators.AsNoTracking().Where(l => l.IndicatorId == indicatorId).Select(l => l.GoalId).ToListAsync(cancellationToken)).ToHashSet();
        var numbers = await goalService.NumbersAsync(unit.MunicipalityId, indicator.Year, cancellationToken);
        return (choices.OrderBy(g => numbers.GetValueOrDefault(g.Id), StringComparer.Ordinal).Select(g => new IndicatorGoal(g.Id, GoalService.LevelName(g.Level), g.Title)).ToList(), linked, numbers);
    }

    /// <summary>Ties an indicator to goals of its unit or above, as seed 001 puts a unit's indicators under the council's goals.</summary>
    public async Task SetGoalsForIndicatorAsync(Guid indicatorId, IReadOnlyCollection<Guid> goalIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(goalIds);
        var indicator = await indicators.FindAsync(indicatorId, cancellationToken)
            ?? throw new UnitAccessDeniedException(UnitAccessOutcome.NotFound);
        var unit = await access.RequireAsync(indicator.OrgUnitId, AccessLevel.Edit, cancellationToken);
        var owners = unit.AncestorIds().Append(unit.Id).ToList();
        var ids = goalIds.Distinct().ToList();
        var valid = await db.Goals.Where(g => ids.Contains(g.Id) && owners.Contains(g.OrgUnitId) && g.Year == indicator.Year).Select(g => g.Id).ToListAsync(cancellationToken);
        if (valid.Count != ids.Count)
        {
            throw ValidationException.For("Goals", Texts.Indicator_Goals_Invalid);
        }

        var links = await db.GoalIndicators.Where(l => l.IndicatorId == indicatorId).ToListAsync(cancellationToken);
        db.GoalIndicators.RemoveRange(links.Where(l => !ids.Contains(l.GoalId)));
        foreach (var goalId in ids.Where(id => links.All(l => l.GoalId != id)))
        {
            db.GoalIndicators.Add(new GoalIndicator { GoalId = goalId, IndicatorId = indicatorId, OrgUnitId = indicator.OrgUnitId, Weight = 1m });
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The fingerprint (<see cref="SetStamp"/>) of a goal's links and weights, which the links form carries.</summary>
    public static string LinkStamp(IEnumerable<GoalIndicator> links) =>
        SetStamp.Of(links.Select(l => l.IndicatorId.ToString("N") + ":" + l.Weight.ToString("0.####", CultureInfo.InvariantCulture)));
}
