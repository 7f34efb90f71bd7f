namespace Verksam.Web.Features.Risks;

/// <summary>
/// What actions need to know of egenkontroller, answered by the Controls feature (which depends on Risks, not the
/// other way round): a control's year, the last place in the year's shared order of controls and actions, and which
/// risk each control watches.
/// </summary>
public interface IControlDirectory
{
    Task<int?> YearOfAsync(Guid unitId, Guid controlId, CancellationToken cancellationToken = default);

    Task<int?> LastSortOrderAsync(Guid unitId, int year, CancellationToken cancellationToken = default);

    /// <summary>The unit's controls of the year that watch a risk, each with that risk's id.</summary>
    Task<IReadOnlyDictionary<Guid, Guid>> RisksWatchedAsync(Guid unitId, int year, CancellationToken cancellationToken = default);

    /// <summary>The unit's controls that watch one risk, in the year's order, each with its latest result.</summary>
    Task<IReadOnlyList<WatchingControl>> WatchingAsync(Guid unitId, Guid riskId, CancellationToken cancellationToken = default);
}

/// <summary>An egenkontroll that watches a risk, and when it last ran and whether it found faults (null: not run yet).</summary>
public sealed record WatchingControl(Guid Id, string Title, DateOnly? LastPerformedOn, bool? LastPassed);
