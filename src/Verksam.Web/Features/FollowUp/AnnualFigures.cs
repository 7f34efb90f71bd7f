using System.Globalization;
using System.Text.Json.Serialization;
using Verksam.Web.Domain.Assessment;
using Verksam.Web.Domain.Periods;
using Verksam.Web.Features.Documents;
using Verksam.Web.Features.Goals;
using Verksam.Web.Features.Indicators;

namespace Verksam.Web.Features.FollowUp;

/// <summary>
/// An indicator's row in the annual report, as seed 003 has it: Periodens utfall, Utfall män/pojkar, Utfall
/// kvinnor/flickor, Utfall VB föregående år, Årsmål, KF:s årsmål and Period — all as written, empty where missing.
/// </summary>
public sealed record AnnualIndicatorRow(
    [property: JsonPropertyName("indicatorId")] Guid IndicatorId,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("outcome")] string Outcome,
    [property: JsonPropertyName("men")] string Men,
    [property: JsonPropertyName("women")] string Women,
    [property: JsonPropertyName("previousYear")] string PreviousYear,
    [property: JsonPropertyName("target")] string Target,
    [property: JsonPropertyName("councilTarget")] string CouncilTarget,
    [property: JsonPropertyName("period")] string Period);

/// <summary>An activity's row: Aktivitet, Startdatum, Slutdatum, Avvikelse.</summary>
public sealed record AnnualActivityRow(
    [property: JsonPropertyName("activityId")] Guid ActivityId,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("start")] string Start,
    [property: JsonPropertyName("end")] string End,
    [property: JsonPropertyName("deviation")] string Deviation);

/// <summary>
/// A goal of the cascade from the council down to the unit, in document order, with its fulfilment for the year as
/// the level that owns it judged it (none: "— Inga data"), its plan texts, and the unit's indicators and activities under it.
/// </summary>
public sealed record AnnualGoal(
    [property: JsonPropertyName("goalId")] Guid GoalId,
    [property: JsonPropertyName("level")] GoalLevel Level,
    [property: JsonPropertyName("depth")] int Depth,
    [property: JsonPropertyName("number")] string? Number,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("isOwn")] bool IsOwn,
    [property: JsonPropertyName("fulfilment")] Fulfilment? Fulfilment,
    [property: JsonPropertyName("description")] string? Description,
    [property: JsonPropertyName("expectedResults")] string? ExpectedResults,
    [property: JsonPropertyName("indicators")] IReadOnlyList<AnnualIndicatorRow> Indicators,
    [property: JsonPropertyName("activities")] IReadOnlyList<AnnualActivityRow> Activities);

/// <summary>What only the annual report carries: the whole cascade, and the register's table of the year.</summary>
public sealed record AnnualFigures(
    [property: JsonPropertyName("goals")] IReadOnlyList<AnnualGoal> Goals,
    [property: JsonPropertyName("register")] TableBlock? Register)
{
    public static string IndicatorAnalysisKey(Guid indicatorId) => $"ind-{indicatorId:N}-analys";

    public static string ActivityAnalysisKey(Guid activityId) => $"akt-{activityId:N}-analys";

    /// <summary>The front matter the unit writes: Dnr, Handläggare (a role, never a person's phone), Till and Datum.</summary>
    public static readonly IReadOnlyList<string> FrontKeys = [DiaryNumberKey, OfficerKey, RecipientKey, DateKey];

    public const string DiaryNumberKey = "dnr";
    public const string OfficerKey = "handlaggare";
    public const string RecipientKey = "till";
    public const string DateKey = "datum";

    internal static AnnualIndicatorRow Row(Indicator indicator, IReadOnlyCollection<Outcome> outcomes, IReadOnlyCollection<Outcome> previous, Period period)
    {
        var outcome = CountingOutcome.For(outcomes, o => o.Period, period, Lookback.WholeYear);
        var last = CountingOutcome.For(previous, o => o.Period, Domain.Periods.Period.WholeYear(period.Year - 1), Lookback.WholeYear);
        string Value(decimal? v) => v is { } value ? AsRecorded(value, indicator) : string.Empty;
        var name = outcome is null ? string.Empty
            : indicator.Periodicity == Periodicity.Year ? outcome.Year.ToString(CultureInfo.InvariantCulture)
            : outcome.Period.Kind == PeriodKind.Year ? period.Name : outcome.Period.Name;
        return new AnnualIndicatorRow(
            indicator.Id,
            indicator.Name,
            Value(outcome?.MeasuredValue(indicator)),
            Value(outcome?.ValueMen),
            Value(outcome?.ValueWomen),
            Value(last?.MeasuredValue(indicator)),
            OutcomeDisplay.Target(indicator.AnnualTarget, indicator.AnnualTargetText, indicator),
            OutcomeDisplay.Target(indicator.CouncilTarget, indicator.CouncilTargetText, indicator),
            name);
    }

    /// <summary>
    /// A value with the indicator's decimals, or more where it was recorded with more (at most two), as the seed writes
    /// "80,77 %" beside "100 %": an annual report shows the figure as it was reported.
    /// </summary>
    public static string AsRecorded(decimal value, Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var recorded = (decimal.GetBits(value / 1.0000000000000000000000000000m)[3] >> 16) & 0xFF;
        var decimals = Math.Clamp((int)recorded, indicator.Decimals, Math.Max(indicator.Decimals, 2));
        var shown = new Indicator { Unit = indicator.Unit, Decimals = decimals };
        return OutcomeDisplay.WithUnit(value, shown);
    }

    internal static AnnualActivityRow Row(Activity activity) => new(
        activity.Id,
        activity.Title,
        activity.StartDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty,
        activity.EndDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty,
        activity.Deviation ?? string.Empty);
}
