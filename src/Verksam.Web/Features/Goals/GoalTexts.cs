namespace Verksam.Web.Features.Goals;

/// <summary>The six texts of a goal in a plan, in the seed's order, with their Swedish headings.</summary>
public static class GoalTexts
{
    public static IReadOnlyList<GoalText> All { get; } =
    [
        new(nameof(Goal.Description), "Goal_Text_Description"),
        new(nameof(Goal.ExpectedResults), "Goal_Text_ExpectedResults"),
        new(nameof(Goal.WorkingMethod), "Goal_Text_WorkingMethod"),
        new(nameof(Goal.ResourceUse), "Goal_Text_ResourceUse"),
        new(nameof(Goal.FollowUp), "Goal_Text_FollowUp"),
        new(nameof(Goal.Development), "Goal_Text_Development"),
    ];

    public static string? Get(Goal goal, string property)
    {
        ArgumentNullException.ThrowIfNull(goal);
        return property switch
        {
            nameof(Goal.Description) => goal.Description,
            nameof(Goal.ExpectedResults) => goal.ExpectedResults,
            nameof(Goal.WorkingMethod) => goal.WorkingMethod,
            nameof(Goal.ResourceUse) => goal.ResourceUse,
            nameof(Goal.FollowUp) => goal.FollowUp,
            _ => goal.Development,
        };
    }

    public static void Set(Goal goal, string property, string? value)
    {
        ArgumentNullException.ThrowIfNull(goal);
        var text = Shared.Validation.UserText.Normalise(value);
        switch (property)
        {
            case nameof(Goal.Description): goal.Description = text; break;
            case nameof(Goal.ExpectedResults): goal.ExpectedResults = text; break;
            case nameof(Goal.WorkingMethod): goal.WorkingMethod = text; break;
            case nameof(Goal.ResourceUse): goal.ResourceUse = text; break;
            case nameof(Goal.FollowUp): goal.FollowUp = text; break;
            default: goal.Development = text; break;
        }
    }
}

public sealed record GoalText(string Property, string HeadingKey)
{
    public string Heading => Resources.Texts.ResourceManager.GetString(HeadingKey, System.Globalization.CultureInfo.CurrentUICulture) ?? Property;
}
