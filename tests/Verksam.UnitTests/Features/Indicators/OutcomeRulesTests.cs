using Verksam.Web.Domain.Scales;
using Verksam.Web.Features.Indicators;

namespace Verksam.UnitTests.Features.Indicators;

public sealed class OutcomeRulesTests
{
    private static Indicator Make(MeasurementKind kind, bool splitBySex = false, string? answers = null) => new()
    {
        Id = Guid.NewGuid(),
        Name = "Indikator",
        Measurement = kind,
        SplitBySex = splitBySex,
        SurveyAnswers = IndicatorInput.ParseAnswers(answers),
        Scale = ScaleParser.Parse("G: 80-100% A: 50-79% R: 0-49%").Scale,
    };

    [Theory]
    [InlineData(6, 1, "6 %")]
    [InlineData(6.04, 1, "6 %")]
    [InlineData(6.8, 1, "6,8 %")]
    [InlineData(11.5, 2, "11,50 %")]
    [InlineData(1234, 0, "1\u00a0234 %")]
    public void APercentage_IsWrittenWithTheIndicatorsDecimals_ButAWholeNumberWhole(decimal value, int decimals, string expected) =>
        OutcomeDisplay.WithUnit(value, new Indicator { Unit = MeasureUnit.Percent, Decimals = decimals }).ShouldBe(expected);

    [Fact]
    public void SplitBySex_KeepsMenAndWomenBesideTheTotal()
    {
        var indicator = Make(MeasurementKind.Value, splitBySex: true);
        var input = new OutcomeInput(indicator.Id, Value: 85, ValueMen: 80, ValueWomen: 90);

        input.Validate(indicator).ShouldBeEmpty();
        new Outcome { Value = 85, ValueMen = 80, ValueWomen = 90 }.MeasuredValue(indicator).ShouldBe(85m);
    }

    [Fact]
    public void SplitBySex_OnAnIndicatorWithoutSplit_IsRefused()
    {
        var indicator = Make(MeasurementKind.Value);

        new OutcomeInput(indicator.Id, Value: 85, ValueMen: 80).Validate(indicator).ShouldHaveSingleItem().Message
            .ShouldBe("Indikatorn redovisas inte uppdelat på kön");
    }

    [Fact]
    public void Ratio_IsMeasuredAsAPercentage_AndDescribedAsTheSeedWritesIt()
    {
        var indicator = Make(MeasurementKind.Ratio);
        var outcome = new Outcome { Numerator = 27, Denominator = 29 };

        Math.Round(outcome.MeasuredValue(indicator)!.Value, 2).ShouldBe(93.10m);
        OutcomeDisplay.Describe(outcome, indicator).ShouldBe("27 av 29 = 93 %");
    }

    [Theory]
    [InlineData(27, null, "Denominator")]
    [InlineData(30, 29, "Numerator")]
    [InlineData(1, 0, "Denominator")]
    public void Ratio_WithMissingOrImpossibleParts_IsRefused(int numerator, int? denominator, string field) =>
        new OutcomeInput(Guid.Empty, Numerator: numerator, Denominator: denominator).Validate(Make(MeasurementKind.Ratio))
            .ShouldContain(e => e.Field == field);

    [Fact]
    public void Survey_SharesOnlyTheAnswersThatCount()
    {
        var indicator = Make(MeasurementKind.Survey, answers: "Ja *\nNej\nInte haft behov *");
        var outcome = new Outcome { SurveyCounts = new() { ["Ja"] = 7, ["Nej"] = 3, ["Inte haft behov"] = 0 } };

        outcome.MeasuredValue(indicator).ShouldBe(70m);
        OutcomeDisplay.Describe(outcome, indicator).ShouldBe("Ja: 7, Nej: 3, Inte haft behov: 0 = 70 %");
    }

    [Fact]
    public void Survey_NobodyAnswered_HasNoValue() =>
        new Outcome { SurveyCounts = new() { ["Ja"] = 0, ["Nej"] = 0 } }.MeasuredValue(Make(MeasurementKind.Survey, answers: "Ja *\nNej")).ShouldBeNull();

    [Fact]
    public void Survey_CountsMustBeWholeNumbers() =>
        new OutcomeInput(Guid.Empty, SurveyCounts: new Dictionary<string, decimal> { ["Ja"] = 1.5m }).Validate(Make(MeasurementKind.Survey, answers: "Ja *\nNej"))
            .ShouldHaveSingleItem().Message.ShouldBe("Antal svar måste vara hela tal, 0 eller fler");

    [Fact]
    public void IndicatorInput_SurveyWithoutACountedAnswer_IsRefused()
    {
        var input = new IndicatorInput { Name = "Enkät", Measurement = MeasurementKind.Survey, SurveyAnswers = "Ja\nNej", ScaleMode = ScaleEntryMode.None };

        input.Validate(out _).ShouldHaveSingleItem().Message.ShouldBe("Markera minst ett svarsalternativ som räknas, med en * sist på raden");
    }

    [Fact]
    public void IndicatorInput_FieldByField_BuildsInclusiveRanges()
    {
        var input = new IndicatorInput
        {
            Name = "Andel",
            ScaleMode = ScaleEntryMode.Fields,
            Unit = MeasureUnit.Percent,
            GreenFrom = "80",
            GreenTo = "100",
            YellowFrom = "50",
            YellowTo = "79",
            RedFrom = "0",
            RedTo = "49",
        };

        input.Validate(out var scale).ShouldBeEmpty();
        ScaleFormatter.Format(scale!).ShouldBe("G: 80-100 % A: 50-79 % R: 0-49 %");
    }
}
