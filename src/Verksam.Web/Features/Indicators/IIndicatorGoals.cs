namespace Verksam.Web.Features.Indicators;

/// <summary>A goal an indicator may inform, as the indicator's page lists it.</summary>
public sealed record IndicatorGoal(Guid Id, string LevelName, string Title);

/// <summary>
/// The goals an indicator informs, for the indicator's page. The goals feature implements this: goals build on
/// indicators, so indicators never reach into goals.
/// </summary>
public interface IIndicatorGoals
{
    /// <summary>The goals the indicator's unit may tie it to (its own and those above, same year), those it is tied to, and their numbers.</summary>
    Task<(IReadOnlyList<IndicatorGoal> Choices, IReadOnlySet<Guid> Linked, IReadOnlyDictionary<Guid, string> Numbers)> GoalsForIndicatorAsync(Guid indicatorId, CancellationToken cancellationToken = default);

    /// <summary>Ties the indicator to exactly these goals.</summary>
    Task SetGoalsForIndicatorAsync(Guid indicatorId, IReadOnlyCollection<Guid> goalIds, CancellationToken cancellationToken = default);
}
