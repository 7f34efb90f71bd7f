using Verksam.Web.Domain.Scales;

namespace Verksam.UnitTests.Features.Indicators;

/// <summary>The evaluation rules at their boundaries: inside a band, in a gap, beyond either end, exclusive bounds.</summary>
public sealed class ScaleEvaluationTests
{
    private static readonly Scale Percent = ScaleParser.Parse("G: 80-100% A: 50-79% R: 0-49%").Scale!;
    private static readonly Scale Caseload = ScaleParser.Parse("Grönt: -55 brukare Gult: 56-65 Rött: 66 eller fler").Scale!;
    private static readonly Scale NotExecuted = ScaleParser.Parse("G: 0-25 A: 26-39 R: > 40").Scale!;
    private static readonly Scale Verdicts = ScaleParser.Parse("Grönt över 85 % Gult: 50-84 % Rött: 0-49 %").Scale!;

    [Theory]
    [InlineData(80, Rag.Green)]
    [InlineData(100, Rag.Green)]
    [InlineData(79, Rag.Yellow)]
    [InlineData(50, Rag.Yellow)]
    [InlineData(49, Rag.Red)]
    [InlineData(0, Rag.Red)]
    public void Evaluate_ValueOnABandEdge_TakesThatBand(double value, Rag expected) =>
        Percent.Evaluate((decimal)value).ShouldBe(expected);

    [Theory]
    [InlineData(79.5, Rag.Yellow)]
    [InlineData(49.99, Rag.Red)]
    public void Evaluate_ValueInGapBetweenRanges_TakesWorseColour(double value, Rag expected) =>
        Percent.Evaluate((decimal)value).ShouldBe(expected);

    [Fact]
    public void Evaluate_ValueBeyondTheBestEnd_TakesTheBestColour()
    {
        Percent.Evaluate(120m).ShouldBe(Rag.Green);
        Caseload.Evaluate(-3m).ShouldBe(Rag.Green);
    }

    [Fact]
    public void Evaluate_ValueBeyondTheWorstEnd_TakesTheWorstColour()
    {
        Percent.Evaluate(-1m).ShouldBe(Rag.Red);
        Caseload.Evaluate(1000m).ShouldBe(Rag.Red);
    }

    [Theory]
    [InlineData(55, Rag.Green)]
    [InlineData(55.5, Rag.Yellow)]
    [InlineData(56, Rag.Yellow)]
    [InlineData(65, Rag.Yellow)]
    [InlineData(65.2, Rag.Red)]
    [InlineData(66, Rag.Red)]
    public void Evaluate_LowerIsBetter_GapsTakeTheWorseColour(double value, Rag expected) =>
        Caseload.Evaluate((decimal)value).ShouldBe(expected);

    [Theory]
    [InlineData(39, Rag.Yellow)]
    [InlineData(39.5, Rag.Red)]
    [InlineData(40, Rag.Red)]
    [InlineData(40.1, Rag.Red)]
    public void Evaluate_ExclusiveGreaterThan_PutsTheBoundItselfInTheGap(double value, Rag expected) =>
        NotExecuted.Evaluate((decimal)value).ShouldBe(expected);

    [Theory]
    [InlineData(85, Rag.Yellow)]
    [InlineData(85.01, Rag.Green)]
    [InlineData(84.5, Rag.Yellow)]
    public void Evaluate_Over85_Excludes85(double value, Rag expected) =>
        Verdicts.Evaluate((decimal)value).ShouldBe(expected);

    [Fact]
    public void Evaluate_TwoColourScale_IsStillTotal()
    {
        var scale = ScaleParser.Parse("G: 90-100 R: 0-70").Scale!;

        scale.Evaluate(80m).ShouldBe(Rag.Red);
        scale.Evaluate(95m).ShouldBe(Rag.Green);
    }

    [Fact]
    public void CreateRange_OverlapOnASharedInclusiveBound_IsRefused()
    {
        var result = Scale.CreateRange(
        [
            new ScaleBand(Rag.Green, new Bound(80, true), new Bound(100, true)),
            new ScaleBand(Rag.Red, new Bound(0, true), new Bound(80, true)),
        ]);

        result.Error.ShouldNotBeNull().ShouldContain("överlappar");
    }

    [Fact]
    public void CreateRange_SharedBoundExclusiveOnOneSide_IsAccepted()
    {
        var result = Scale.CreateRange(
        [
            new ScaleBand(Rag.Green, new Bound(80, false), null),
            new ScaleBand(Rag.Red, null, new Bound(80, true)),
        ]);

        result.Scale.ShouldNotBeNull().Evaluate(80m).ShouldBe(Rag.Red);
    }
}
