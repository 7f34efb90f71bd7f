namespace Verksam.Web.Domain.Copying;

/// <summary>A goal as copying compares it with next year's goals: its id, its number written in full (if any) and its title.</summary>
public sealed record GoalKey(Guid Id, string? Number, string Title);

/// <summary>
/// Copying a plan to next year (ADR 6) keeps the goals above the unit that next year already has: the council's or
/// the board's goals of next year may have been made by another unit's copy or entered by their owner. This says which
/// of next year's goals is this year's goal.
/// </summary>
public static class GoalMatch
{
    /// <summary>
    /// Among <paramref name="candidates"/> – next year's goals of the same owner and level, under the goal above's
    /// match – the one that is <paramref name="goal"/>: the same title, else the same number; none when neither agrees.
    /// The title wins over the number because councils renumber goals when they add one; the number still finds a
    /// goal whose wording was polished. Case, surrounding and repeated spaces do not count.
    /// </summary>
    public static GoalKey? Find(GoalKey goal, IEnumerable<GoalKey> candidates)
    {
        ArgumentNullException.ThrowIfNull(goal);
        ArgumentNullException.ThrowIfNull(candidates);
        var list = candidates.ToList();
        var title = Normalise(goal.Title);
        var number = Normalise(goal.Number);
        return list.FirstOrDefault(c => title.Length > 0 && Normalise(c.Title) == title)
            ?? list.FirstOrDefault(c => number.Length > 0 && Normalise(c.Number) == number);
    }

    private static string Normalise(string? text) =>
        string.Join(' ', (text ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
}
