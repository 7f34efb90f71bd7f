using System.Text.Json;
using System.Text.Json.Serialization;
using Verksam.Web.Domain.Assessment;
using Verksam.Web.Domain.Scales;
using Verksam.Web.Features.Goals;

namespace Verksam.Web.Features.FollowUp;

/// <summary>
/// One indicator's row in a report, as shown: name, scale, outcome, target level and colour, and the indicator's
/// explanation that seed 000 writes under the scale ("Som svarar stämmer helt och stämmer oftast."); reports frozen
/// before it existed have none.
/// </summary>
public sealed record IndicatorFigures(
    [property: JsonPropertyName("indicatorId")] Guid IndicatorId,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("scale")] string Scale,
    [property: JsonPropertyName("outcome")] string Outcome,
    [property: JsonPropertyName("target")] string Target,
    [property: JsonPropertyName("colour")] Rag? Colour,
    [property: JsonPropertyName("explanation"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] string? Explanation = null);

/// <summary>
/// One of the unit's goals in a report: where it sits (perspective, council goal, nämndmål), its colour or fulfilment
/// for the period with the indicators' proposal, the month row Jan–Dec, its indicators and the note printed under them
/// (none in reports frozen before the note existed).
/// </summary>
public sealed record GoalFigures(
    [property: JsonPropertyName("goalId")] Guid GoalId,
    [property: JsonPropertyName("perspective")] string? Perspective,
    [property: JsonPropertyName("councilGoal")] string? CouncilGoal,
    [property: JsonPropertyName("boardGoal")] string? BoardGoal,
    [property: JsonPropertyName("number")] string? Number,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("colour")] Rag? Colour,
    [property: JsonPropertyName("proposedColour")] Rag? ProposedColour,
    [property: JsonPropertyName("fulfilment")] Fulfilment? Fulfilment,
    [property: JsonPropertyName("proposedFulfilment")] Fulfilment? ProposedFulfilment,
    [property: JsonPropertyName("months")] IReadOnlyList<Rag?> Months,
    [property: JsonPropertyName("indicators")] IReadOnlyList<IndicatorFigures> Indicators,
    [property: JsonPropertyName("reportNote"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] string? ReportNote = null);

/// <summary>
/// The figures of a report: computed live while it is a draft, frozen as JSON when it is submitted — the goals, and
/// sections 4–6 (risks, assignments, annual wheel). Reports frozen before those sections existed have none.
/// The annual report adds the whole cascade and the register's table; from submission every report also keeps the
/// template's sections it was written under, and each indicator's trend (none in reports frozen before trends existed).
/// </summary>
public sealed record ReportFigures(
    [property: JsonPropertyName("goals")] IReadOnlyList<GoalFigures> Goals,
    [property: JsonPropertyName("quality")] QualityFigures? Quality = null,
    [property: JsonPropertyName("annual")] AnnualFigures? Annual = null,
    [property: JsonPropertyName("sections")] IReadOnlyList<Plans.PlanTemplateSection>? Sections = null,
    [property: JsonPropertyName("trends"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] IReadOnlyList<Domain.Charts.TrendChart>? Trends = null)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static ReportFigures FromJson(string json) => JsonSerializer.Deserialize<ReportFigures>(json, Json) ?? new ReportFigures([]);

    /// <summary>What differs in <paramref name="live"/> from these frozen figures, by goal or indicator id: the live value to show beside the frozen one.</summary>
    public IReadOnlyDictionary<Guid, string> ChangesIn(ReportFigures live)
    {
        ArgumentNullException.ThrowIfNull(live);
        var changes = new Dictionary<Guid, string>();
        var liveGoals = live.Goals.ToDictionary(g => g.GoalId);
        foreach (var goal in Goals)
        {
            if (!liveGoals.TryGetValue(goal.GoalId, out var now))
            {
                continue;
            }

            if (now.Colour != goal.Colour || now.Fulfilment != goal.Fulfilment)
            {
                changes[goal.GoalId] = now.Fulfilment is { } f ? GoalService.FulfilmentName(f) : OutcomeWord(now.Colour);
            }

            var liveIndicators = now.Indicators.ToDictionary(i => i.IndicatorId);
            foreach (var indicator in goal.Indicators)
            {
                if (liveIndicators.TryGetValue(indicator.IndicatorId, out var current) && (current.Outcome != indicator.Outcome || current.Colour != indicator.Colour))
                {
                    changes[indicator.IndicatorId] = current.Colour is null ? current.Outcome : current.Outcome + " (" + RagText.Word(current.Colour.Value) + ")";
                }
            }
        }

        return changes;
    }

    private static string OutcomeWord(Rag? colour) => colour is { } c ? RagText.Word(c) : Resources.Texts.Rag_None;
}
