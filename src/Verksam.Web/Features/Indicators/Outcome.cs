using Verksam.Web.Domain.Periods;
using Verksam.Web.Shared.Auditing;
using Verksam.Web.Shared.Validation;

namespace Verksam.Web.Features.Indicators;

/// <summary>The measured value of an indicator for a period. Corrections are kept in the audit log.</summary>
public sealed class Outcome : IAudited, IVersioned
{

    public Guid Id { get; set; }

    public Guid IndicatorId { get; set; }

    /// <summary>The indicator's unit, kept here so access and the audit log need no join.</summary>
    public Guid OrgUnitId { get; set; }

    public int Year { get; set; }

    public PeriodKind PeriodKind { get; set; }

    public int StartMonth { get; set; }

    public int EndMonth { get; set; }

    public decimal? Value { get; set; }

    public decimal? Numerator { get; set; }

    public decimal? Denominator { get; set; }

    /// <summary>For a survey: the count of each answer, by the answer's label.</summary>
    public Dictionary<string, decimal> SurveyCounts { get; set; } = [];

    public decimal? ValueMen { get; set; }

    public decimal? ValueWomen { get; set; }

    public string? Comment { get; set; }

    /// <summary>Measured but not judged: the report's Bedömning stays empty, as seed 000 leaves it for its surveys.</summary>
    public bool NotAssessed { get; set; }

    /// <summary>Made up for the demo, and marked so.</summary>
    public bool IsDemo { get; set; }

    public Guid Version { get; set; }

    Guid? IAudited.AuditOrgUnitId => OrgUnitId;

    public Period Period
    {
        get => Period.FromStored(Year, PeriodKind, StartMonth, EndMonth);
        set
        {
            Year = value.Year;
            PeriodKind = value.Kind;
            StartMonth = value.StartMonth;
            EndMonth = value.EndMonth;
        }
    }

    /// <summary>The value the scale judges: the value itself, the ratio as a percentage, or the survey's share.</summary>
    public decimal? MeasuredValue(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return indicator.Measurement switch
        {
            MeasurementKind.Ratio when Numerator is { } n && Denominator is { } d => OutcomeMath.RatioPercent(n, d),
            MeasurementKind.Survey => OutcomeMath.SurveyShare(SurveyCounts, indicator.CountedAnswers),
            MeasurementKind.Value => Value,
            _ => null,
        };
    }

    /// <summary>Whether the outcome carries nothing at all (so saving it removes it).</summary>
    public bool IsEmpty => Value is null && Numerator is null && Denominator is null && SurveyCounts.Count == 0 && ValueMen is null && ValueWomen is null && string.IsNullOrWhiteSpace(Comment);
}

/// <summary>
/// What a person entered for one indicator and period, before it is checked. <see cref="NotAssessed"/> unset (an
/// import, the API) keeps what is stored.
/// </summary>
public sealed record OutcomeInput(
    Guid IndicatorId,
    decimal? Value = null,
    decimal? Numerator = null,
    decimal? Denominator = null,
    IReadOnlyDictionary<string, decimal>? SurveyCounts = null,
    decimal? ValueMen = null,
    decimal? ValueWomen = null,
    string? Comment = null,
    Guid? Version = null,
    bool? NotAssessed = null)
{
    /// <summary>The rules for an outcome of <paramref name="indicator"/>; the field names are the input's.</summary>
    public ValidationErrors Validate(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var errors = new ValidationErrors();
        if (indicator.Measurement == MeasurementKind.Ratio && (Numerator is null) != (Denominator is null))
        {
            errors.Add(Numerator is null ? nameof(Numerator) : nameof(Denominator), Resources.Texts.Outcome_Ratio_BothParts);
        }

        if (indicator.Measurement == MeasurementKind.Ratio && Denominator is <= 0)
        {
            errors.Add(nameof(Denominator), Resources.Texts.Outcome_Ratio_DenominatorPositive);
        }

        if (indicator.Measurement == MeasurementKind.Ratio && Numerator is { } n && Denominator is { } d && d > 0 && n > d && indicator.Unit == MeasureUnit.Percent)
        {
            errors.Add(nameof(Numerator), Resources.Texts.Outcome_Ratio_NumeratorTooLarge);
        }

        if (SurveyCounts is not null && SurveyCounts.Values.Any(c => c < 0 || c != decimal.Truncate(c)))
        {
            errors.Add(nameof(SurveyCounts), Resources.Texts.Outcome_Survey_WholeNumbers);
        }

        // A share, a count or a number of days is never below 0; kronor and an index may be.
        if (indicator.Unit is MeasureUnit.Percent or MeasureUnit.Count or MeasureUnit.Days)
        {
            foreach (var (field, value) in new[] { (nameof(Value), Value), (nameof(Numerator), Numerator), (nameof(ValueMen), ValueMen), (nameof(ValueWomen), ValueWomen) })
            {
                if (value < 0)
                {
                    errors.Add(field, string.Format(System.Globalization.CultureInfo.CurrentCulture, Resources.Texts.Outcome_Negative, Shared.Text.EnumText.Of(indicator.Unit).ToLower(System.Globalization.CultureInfo.CurrentCulture)));
                }
            }
        }

        if ((ValueMen is not null || ValueWomen is not null) && !indicator.SplitBySex)
        {
            errors.Add(nameof(ValueMen), Resources.Texts.Outcome_NotSplitBySex);
        }

        FreeText.Refuse(errors, nameof(Comment), Resources.Texts.Outcome_Comment, Comment);
        PersonalIdentityNumber.Refuse(errors, nameof(Comment), Resources.Texts.Outcome_Comment, Comment);

        return errors;
    }

    public bool IsEmpty => Value is null && Numerator is null && Denominator is null && (SurveyCounts is null || SurveyCounts.Count == 0) && ValueMen is null && ValueWomen is null && string.IsNullOrWhiteSpace(Comment);
}
