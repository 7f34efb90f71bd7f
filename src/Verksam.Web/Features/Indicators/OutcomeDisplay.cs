using System.Globalization;
using Verksam.Web.Domain.Scales;
using Verksam.Web.Shared.Text;

namespace Verksam.Web.Features.Indicators;

/// <summary>How values are written on pages and in files: Swedish numbers with the indicator's decimals and unit.</summary>
public static class OutcomeDisplay
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    /// <summary>
    /// A value with the indicator's decimals, except that a whole number is written whole: the seeds write "6 %"
    /// beside "6,8 %", never "6,0 %".
    /// </summary>
    public static string Number(decimal value, int decimals)
    {
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        var shown = rounded == decimal.Truncate(rounded) ? 0 : decimals;
        return rounded.ToString("N" + shown.ToString(CultureInfo.InvariantCulture), Swedish);
    }

    public static string WithUnit(decimal value, Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var number = Number(value, indicator.Decimals);
        return indicator.Unit switch
        {
            MeasureUnit.Percent => number + " %",
            MeasureUnit.Days => number + " dagar",
            MeasureUnit.Kronor => number + " kr",
            _ => number,
        };
    }

    /// <summary>The outcome as the seeds write it: "51", "27 av 29 = 93 %", "Ja: 7, Nej: 0, Inte haft behov: 4 = 100 %".</summary>
    public static string Describe(Outcome outcome, Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(indicator);
        var measured = outcome.MeasuredValue(indicator);
        switch (indicator.Measurement)
        {
            case MeasurementKind.Ratio when outcome.Numerator is { } n && outcome.Denominator is { } d:
                return $"{Number(n, 0)} av {Number(d, 0)} = {(measured is { } m ? WithUnit(m, indicator) : "–")}";
            case MeasurementKind.Survey when outcome.SurveyCounts.Count > 0:
                var counts = string.Join(", ", indicator.SurveyAnswers.Select(a => $"{a.Label}: {Number(outcome.SurveyCounts.GetValueOrDefault(a.Label), 0)}"));
                return measured is { } share ? $"{counts} = {Number(share, indicator.Decimals)} %" : counts;
            default:
                return measured is { } v ? WithUnit(v, indicator) : "–";
        }
    }

    public static string Target(decimal? value, string? text, Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        if (!string.IsNullOrWhiteSpace(text))
        {
            return text;
        }

        return value is { } v ? WithUnit(v, indicator) : string.Empty;
    }

    /// <summary>
    /// The target level as a report writes it: the target, or for a survey without one its answers, as seed 000 writes
    /// "Svar: Ja, Nej, Inte haft behov." where a question has no target.
    /// </summary>
    public static string ReportTarget(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var target = Target(indicator.AnnualTarget, indicator.AnnualTargetText, indicator);
        return target.Length == 0 && indicator.Measurement == MeasurementKind.Survey && indicator.SurveyAnswers.Count > 0
            ? string.Format(CultureInfo.CurrentCulture, Resources.Texts.Outcome_AnswerOptions, string.Join(", ", indicator.SurveyAnswers.Select(a => a.Label)))
            : target;
    }

    public static string UnitName(MeasureUnit unit) => EnumText.Of(unit);

    public static string PeriodicityName(Periodicity periodicity) => EnumText.Of(periodicity);

    public static string MeasurementName(MeasurementKind kind) => EnumText.Of(kind);

    public static string RagWord(Rag? rag) => rag is { } r ? RagText.Word(r) : Resources.Texts.Rag_None;
}
