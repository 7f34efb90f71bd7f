using Verksam.Web.Domain.Scales;
using Verksam.Web.Shared.Auditing;
using Verksam.Web.Shared.Text;
using Verksam.Web.Shared.Validation;

namespace Verksam.Web.Features.Indicators;

public enum MeasureUnit
{
    Percent = 1,
    Count = 2,
    Days = 3,
    Kronor = 4,
    Index = 5,
}

public enum Periodicity
{
    Month = 1,
    Tertial = 2,
    Year = 3,
}

/// <summary>How an outcome is measured and kept.</summary>
[TextKeyPrefix("Measurement")]
public enum MeasurementKind
{
    /// <summary>One value.</summary>
    Value = 1,

    /// <summary>A numerator and a denominator, shown as "27 av 29 = 93 %".</summary>
    Ratio = 2,

    /// <summary>Counts per answer; the share is of the answers that count ("Ja" + "Inte haft behov").</summary>
    Survey = 3,
}

/// <summary>One answer of a survey question, and whether it counts towards the share.</summary>
public sealed record SurveyAnswer(string Label, bool Counts);

/// <summary>A measure of one organisational unit for one year, with its scale and targets.</summary>
public sealed class Indicator : IAudited, IVersioned
{
    public const int NameMaxLength = 400;
    public const int TargetTextMaxLength = 200;
    public const int KpiMaxLength = 50;

    public Guid Id { get; set; }

    public Guid OrgUnitId { get; set; }

    public int Year { get; set; }

    [AuditValue]
    public string Name { get; set; } = string.Empty;

    public string? Description { get; set; }

    public MeasureUnit Unit { get; set; } = MeasureUnit.Percent;

    public int Decimals { get; set; }

    public Periodicity Periodicity { get; set; } = Periodicity.Month;

    public MeasurementKind Measurement { get; set; } = MeasurementKind.Value;

    /// <summary>For a survey: its answers in order, and which count.</summary>
    public List<SurveyAnswer> SurveyAnswers { get; set; } = [];

    /// <summary>The G/A/R scale; an indicator may be followed without one.</summary>
    public Scale? Scale { get; set; }

    /// <summary>Which way is better when there is no scale to say it (the scale's direction wins).</summary>
    public Better Direction { get; set; } = Better.Higher;

    /// <summary>Measured over the last twelve months rather than the period ("Mäts ackumulerat 12 mån").</summary>
    public bool IsAccumulated12Months { get; set; }

    public decimal? AnnualTarget { get; set; }

    /// <summary>The target as the unit writes it ("&lt;55 ärenden"), shown instead of the number when given.</summary>
    public string? AnnualTargetText { get; set; }

    public decimal? CouncilTarget { get; set; }

    /// <summary>The council's target when it is a text ("Tas fram av nämnd").</summary>
    public string? CouncilTargetText { get; set; }

    /// <summary>Outcomes are also given for men/boys and women/girls.</summary>
    public bool SplitBySex { get; set; }

    /// <summary>An external KPI id, e.g. a Kolada id.</summary>
    [AuditValue]
    public string? ExternalKpiId { get; set; }

    public int SortOrder { get; set; }

    public bool IsDemo { get; set; }

    /// <summary>The indicator of the year before that this one was copied from.</summary>
    public Guid? CopiedFromId { get; set; }

    /// <summary>Copied into a new year and not yet looked over.</summary>
    public bool NeedsReview { get; set; }

    public Guid Version { get; set; }

    Guid? IAudited.AuditOrgUnitId => OrgUnitId;

    public Better EffectiveDirection => Scale?.Better ?? Direction;

    public IReadOnlyList<string> CountedAnswers => SurveyAnswers.Where(a => a.Counts).Select(a => a.Label).ToList();

    public static ValidationErrors Validate(string? name, int decimals, MeasurementKind measurement, IReadOnlyList<SurveyAnswer> answers, string? description, string? annualTargetText, string? councilTargetText, string? kpi)
    {
        var errors = new ValidationErrors();
        var trimmed = name?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            errors.Add(nameof(Name), Resources.Texts.Indicator_Name_Required);
        }
        else if (trimmed.Length > NameMaxLength)
        {
            errors.Add(nameof(Name), Resources.Texts.Indicator_Name_TooLong);
        }

        FreeText.Refuse(errors, nameof(Description), Resources.Texts.Indicator_Description, description);

        if (decimals is < 0 or > 3)
        {
            errors.Add(nameof(Decimals), Resources.Texts.Indicator_Decimals_Range);
        }

        if (measurement == MeasurementKind.Survey)
        {
            if (answers.Count < 2)
            {
                errors.Add(nameof(SurveyAnswers), Resources.Texts.Indicator_Survey_TwoAnswers);
            }
            else if (!answers.Any(a => a.Counts))
            {
                errors.Add(nameof(SurveyAnswers), Resources.Texts.Indicator_Survey_OneCounts);
            }
            else if (answers.Select(a => a.Label.ToUpperInvariant()).Distinct().Count() != answers.Count)
            {
                errors.Add(nameof(SurveyAnswers), Resources.Texts.Indicator_Survey_Duplicate);
            }
        }

        if ((annualTargetText?.Length ?? 0) > TargetTextMaxLength)
        {
            errors.Add(nameof(AnnualTargetText), Resources.Texts.Indicator_AnnualTargetText_TooLong);
        }

        if ((councilTargetText?.Length ?? 0) > TargetTextMaxLength)
        {
            errors.Add(nameof(CouncilTargetText), Resources.Texts.Indicator_CouncilTargetText_TooLong);
        }

        if ((kpi?.Length ?? 0) > KpiMaxLength)
        {
            errors.Add(nameof(ExternalKpiId), Resources.Texts.Indicator_Kpi_TooLong);
        }

        PersonalIdentityNumber.Refuse(errors, nameof(Name), Resources.Texts.Indicator_Name, trimmed);
        PersonalIdentityNumber.Refuse(errors, nameof(Description), Resources.Texts.Indicator_Description, description);
        PersonalIdentityNumber.Refuse(errors, nameof(SurveyAnswers), Resources.Texts.Indicator_SurveyAnswers, string.Join("\n", answers.Select(a => a.Label)));
        PersonalIdentityNumber.Refuse(errors, nameof(AnnualTargetText), Resources.Texts.Indicator_AnnualTargetText, annualTargetText);
        PersonalIdentityNumber.Refuse(errors, nameof(CouncilTargetText), Resources.Texts.Indicator_CouncilTargetText, councilTargetText);
        return errors;
    }
}
