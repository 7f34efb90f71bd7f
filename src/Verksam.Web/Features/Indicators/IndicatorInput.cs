using System.Globalization;
using Verksam.Web.Domain.Scales;
using Verksam.Web.Resources;
using Verksam.Web.Shared.Validation;

namespace Verksam.Web.Features.Indicators;

public enum ScaleEntryMode
{
    /// <summary>Typed as the seeds write it: "G: 80-100 % A: 50-79 % R: 0-49 %".</summary>
    Notation = 1,

    /// <summary>From and to per colour.</summary>
    Fields = 2,

    /// <summary>Followed without a G/A/R scale.</summary>
    None = 3,
}

/// <summary>An indicator as a form or the API gives it: text as typed, checked by <see cref="Validate"/>.</summary>
public sealed class IndicatorInput
{
    public string? Name { get; set; }

    public string? Description { get; set; }

    public MeasureUnit Unit { get; set; } = MeasureUnit.Percent;

    public int Decimals { get; set; }

    public Periodicity Periodicity { get; set; } = Periodicity.Month;

    public MeasurementKind Measurement { get; set; } = MeasurementKind.Value;

    /// <summary>One answer per line; a trailing * marks an answer that counts ("Ja *").</summary>
    public string? SurveyAnswers { get; set; }

    public ScaleEntryMode ScaleMode { get; set; } = ScaleEntryMode.Notation;

    public string? ScaleNotation { get; set; }

    public string? GreenFrom { get; set; }

    public string? GreenTo { get; set; }

    public string? YellowFrom { get; set; }

    public string? YellowTo { get; set; }

    public string? RedFrom { get; set; }

    public string? RedTo { get; set; }

    public Better Direction { get; set; } = Better.Higher;

    public bool IsAccumulated12Months { get; set; }

    public string? AnnualTarget { get; set; }

    public string? AnnualTargetText { get; set; }

    public string? CouncilTarget { get; set; }

    public string? CouncilTargetText { get; set; }

    public bool SplitBySex { get; set; }

    public string? ExternalKpiId { get; set; }

    public static IndicatorInput From(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var input = new IndicatorInput
        {
            Name = indicator.Name,
            Description = indicator.Description,
            Unit = indicator.Unit,
            Decimals = indicator.Decimals,
            Periodicity = indicator.Periodicity,
            Measurement = indicator.Measurement,
            SurveyAnswers = string.Join("\n", indicator.SurveyAnswers.Select(a => a.Counts ? a.Label + " *" : a.Label)),
            ScaleMode = indicator.Scale is null ? ScaleEntryMode.None : ScaleEntryMode.Notation,
            ScaleNotation = indicator.Scale is null ? null : ScaleFormatter.Format(indicator.Scale),
            Direction = indicator.Direction,
            IsAccumulated12Months = indicator.IsAccumulated12Months,
            AnnualTarget = indicator.AnnualTarget is { } a ? ScaleFormatter.FormatNumber(a) : null,
            AnnualTargetText = indicator.AnnualTargetText,
            CouncilTarget = indicator.CouncilTarget is { } c ? ScaleFormatter.FormatNumber(c) : null,
            CouncilTargetText = indicator.CouncilTargetText,
            SplitBySex = indicator.SplitBySex,
            ExternalKpiId = indicator.ExternalKpiId,
        };
        if (indicator.Scale is { Kind: ScaleKind.Range } scale)
        {
            (input.GreenFrom, input.GreenTo) = Edges(scale.BandFor(Rag.Green));
            (input.YellowFrom, input.YellowTo) = Edges(scale.BandFor(Rag.Yellow));
            (input.RedFrom, input.RedTo) = Edges(scale.BandFor(Rag.Red));
        }

        return input;
    }

    /// <summary>Every rule for the fields; the scale as read from the notation or built from the fields.</summary>
    public ValidationErrors Validate(out Scale? scale)
    {
        var answers = ParseAnswers(SurveyAnswers);
        var errors = Indicator.Validate(Name, Decimals, Measurement, Measurement == MeasurementKind.Survey ? answers : [], Description, AnnualTargetText, CouncilTargetText, ExternalKpiId);
        scale = null;
        switch (ScaleMode)
        {
            case ScaleEntryMode.Notation:
                var parsed = ScaleParser.Parse(ScaleNotation);
                if (parsed.Scale is null)
                {
                    errors.Add(nameof(ScaleNotation), parsed.Error!);
                }

                scale = parsed.Scale;
                break;
            case ScaleEntryMode.Fields:
                scale = BuildFromFields(errors);
                break;
        }

        ParseNumber(AnnualTarget, nameof(AnnualTarget), Texts.Indicator_AnnualTarget_Number, errors);
        ParseNumber(CouncilTarget, nameof(CouncilTarget), Texts.Indicator_CouncilTarget_Number, errors);
        return errors;
    }

    internal void ApplyTo(Indicator indicator, Scale? scale)
    {
        indicator.Name = Name!.Trim();
        indicator.Description = string.IsNullOrWhiteSpace(Description) ? null : Description.Trim();
        indicator.Unit = Unit;
        indicator.Decimals = Decimals;
        indicator.Periodicity = Periodicity;
        indicator.Measurement = Measurement;
        var answers = Measurement == MeasurementKind.Survey ? ParseAnswers(SurveyAnswers) : [];
        if (!indicator.SurveyAnswers.SequenceEqual(answers))
        {
            indicator.SurveyAnswers = answers;
        }

        if (!(indicator.Scale is null && scale is null) && (indicator.Scale is null || scale is null || ScaleJson.Serialize(indicator.Scale) != ScaleJson.Serialize(scale)))
        {
            indicator.Scale = scale;
        }

        indicator.Direction = scale?.Better ?? Direction;
        indicator.IsAccumulated12Months = IsAccumulated12Months;
        indicator.AnnualTarget = ParseNumber(AnnualTarget, null, null, null);
        indicator.AnnualTargetText = Blank(AnnualTargetText);
        indicator.CouncilTarget = ParseNumber(CouncilTarget, null, null, null);
        indicator.CouncilTargetText = Blank(CouncilTargetText);
        indicator.SplitBySex = SplitBySex;
        indicator.ExternalKpiId = Blank(ExternalKpiId);
    }

    /// <summary>"Ja *", "Nej", "Inte haft behov *": one answer per line, * for those that count.</summary>
    public static List<SurveyAnswer> ParseAnswers(string? text) =>
        (text ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.EndsWith('*') ? new SurveyAnswer(line.TrimEnd('*').Trim(), true) : new SurveyAnswer(line, false))
            .Where(a => a.Label.Length > 0).ToList();

    /// <summary>A Swedish or plain number: "11,5", "11.5", "1 200".</summary>
    public static bool TryParseNumber(string? text, out decimal value)
    {
        var s = (text ?? string.Empty).Trim().Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\u00A0", string.Empty, StringComparison.Ordinal).Replace(',', '.').TrimEnd('%').Trim();
        return decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private static decimal? ParseNumber(string? text, string? field, string? message, ValidationErrors? errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (TryParseNumber(text, out var value))
        {
            return value;
        }

        errors?.Add(field!, message!);
        return null;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static (string?, string?) Edges(ScaleBand? band) =>
        (band?.Lower is { } l ? ScaleFormatter.FormatNumber(l.Value) : null, band?.Upper is { } u ? ScaleFormatter.FormatNumber(u.Value) : null);

    private Scale? BuildFromFields(ValidationErrors errors)
    {
        var bands = new List<ScaleBand>();
        foreach (var (colour, from, to, field) in new[]
        {
            (Rag.Green, GreenFrom, GreenTo, nameof(GreenFrom)),
            (Rag.Yellow, YellowFrom, YellowTo, nameof(YellowFrom)),
            (Rag.Red, RedFrom, RedTo, nameof(RedFrom)),
        })
        {
            var lower = ParseNumber(from, field, Texts.Indicator_ScaleField_Number, errors);
            var upper = ParseNumber(to, field.Replace("From", "To", StringComparison.Ordinal), Texts.Indicator_ScaleField_Number, errors);
            if (lower is not null || upper is not null)
            {
                bands.Add(new ScaleBand(colour, lower is { } l ? new Bound(l, true) : null, upper is { } u ? new Bound(u, true) : null));
            }
        }

        if (!errors.IsValid)
        {
            return null;
        }

        var unit = Unit switch
        {
            MeasureUnit.Percent => "%",
            MeasureUnit.Days => "dagar",
            _ => null,
        };
        var result = Scale.CreateRange(bands, ScaleLabelStyle.Letters, unit);
        if (result.Scale is null)
        {
            errors.Add(nameof(GreenFrom), result.Error!);
        }

        return result.Scale;
    }
}
