using Verksam.Web.Domain.Assessment;
using Verksam.Web.Domain.Scales;

namespace Verksam.UnitTests.Domain;

public sealed class ScaleJudgementTests
{
    private static readonly Scale Percent = ScaleParser.Parse("G: 80-100 % A: 50-79 % R: 0-49 %").Scale!;

    [Theory]
    [InlineData("79.6", 0, Rag.Green)]
    [InlineData("79.4", 0, Rag.Yellow)]
    [InlineData("49.5", 0, Rag.Yellow)]
    [InlineData("79.6", 1, Rag.Yellow)]
    [InlineData("79.54", 1, Rag.Yellow)]
    [InlineData("79.96", 1, Rag.Green)]
    public void Colour_RoundsToTheDecimalsBeforeJudging(string value, int decimals, Rag expected) =>
        ScaleJudgement.Colour(Percent, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), null, decimals).ShouldBe(expected);

    [Fact]
    public void Colour_WithoutDecimals_JudgesTheValueAsGiven() =>
        ScaleJudgement.Colour(Percent, 79.6m, null, null).ShouldBe(Percent.Evaluate(79.6m));

    [Fact]
    public void Colour_WithoutScaleOrValue_IsNone()
    {
        ScaleJudgement.Colour(null, 50m, null, 0).ShouldBeNull();
        ScaleJudgement.Colour(Percent, null, null, 0).ShouldBeNull();
    }

    [Fact]
    public void Shown_RoundsHalfAwayFromZero()
    {
        ScaleJudgement.Shown(2.5m, 0).ShouldBe(3m);
        ScaleJudgement.Shown(-2.5m, 0).ShouldBe(-3m);
        ScaleJudgement.Shown(1.25m, 1).ShouldBe(1.3m);
    }

    [Theory]
    [InlineData(Fulfilment.Full, Rag.Green)]
    [InlineData(Fulfilment.Partial, Rag.Yellow)]
    [InlineData(Fulfilment.NotMet, Rag.Red)]
    public void ToColour_ShowsEachFulfilmentInItsColour(Fulfilment fulfilment, Rag colour) => RollUp.ToColour(fulfilment).ShouldBe(colour);
}
