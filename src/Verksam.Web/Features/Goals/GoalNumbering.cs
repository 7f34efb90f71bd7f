using System.Globalization;

namespace Verksam.Web.Features.Goals;

/// <summary>
/// Numbers goals from the tree, as Stockholm's plans do (1.3.2.1.1): each goal's part is its own position if set,
/// otherwise its place among the siblings of the same owner (each stadsdelsnämnd numbers its own nämndmål under the
/// council's goal, whatever other districts have there); the parent's number comes first.
/// </summary>
public static class GoalNumbering
{
    public static IReadOnlyDictionary<Guid, string> Number(IReadOnlyCollection<GoalNode> goals)
    {
        ArgumentNullException.ThrowIfNull(goals);
        var children = goals.OrderBy(g => g.SortOrder).ThenBy(g => g.Title, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("sv-SE"), false)).ThenBy(g => g.Id).ToLookup(g => g.ParentId);
        var numbers = new Dictionary<Guid, string>();
        void Walk(Guid? parent, string prefix)
        {
            var places = new Dictionary<Guid, int>();
            foreach (var goal in children[parent])
            {
                var index = places[goal.OwnerId] = places.GetValueOrDefault(goal.OwnerId) + 1;
                var number = goal.Number ?? prefix + index.ToString(CultureInfo.InvariantCulture);
                numbers[goal.Id] = number;
                Walk(goal.Id, number + ".");
            }
        }

        Walk(null, string.Empty);
        return numbers;
    }
}

/// <summary>What numbering needs of a goal: the title only breaks ties in order and is never shown from here; the owner is the unit whose goal it is.</summary>
public sealed record GoalNode(Guid Id, Guid? ParentId, int SortOrder, string? Number, string Title = "", Guid OwnerId = default)
{
    /// <summary>A number as written in the seeds, tidied: "3.5.1. 1" and "3.1.1.1." become "3.5.1.1" and "3.1.1.1".</summary>
    public static string? Normalise(string? text)
    {
        var s = (text ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).Trim('.');
        return s.Length == 0 ? null : s;
    }

    public static bool IsValid(string number) =>
        System.Text.RegularExpressions.Regex.IsMatch(number, @"^\d{1,3}(\.\d{1,3}){0,7}$", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
}
