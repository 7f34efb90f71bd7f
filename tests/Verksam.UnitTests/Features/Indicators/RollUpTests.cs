using Verksam.Web.Domain.Assessment;
using Verksam.Web.Domain.Scales;

namespace Verksam.UnitTests.Features.Indicators;

public sealed class RollUpTests
{
    private static readonly RollUpSettings Worst = new(RollUpRule.WorstColour);
    private static readonly RollUpSettings ShareGreen = new(RollUpRule.ShareGreen, GreenFrom: 0.75m, YellowFrom: 0.5m);
    private static readonly RollUpSettings Weighted = new(RollUpRule.Weighted, GreenFrom: 0.8m, YellowFrom: 0.5m);

    [Fact]
    public void WorstColour_IsTheDefaultRule() => RollUpSettings.Default.Rule.ShouldBe(RollUpRule.WorstColour);

    [Fact]
    public void WorstColour_TakesTheWorstOfThoseWithAnOutcome()
    {
        var proposal = RollUp.Propose([new(Rag.Green), new(Rag.Yellow), new(null), new(Rag.Green)], Worst);

        proposal.ShouldBe(new Proposal(Rag.Yellow, RollUpRule.WorstColour, 3, 4));
    }

    [Fact]
    public void Propose_NoIndicatorHasAnOutcome_ProposesNothing() =>
        RollUp.Propose([new(null), new(null)], Worst).Colour.ShouldBeNull();

    [Theory]
    [InlineData(3, 1, Rag.Green)]
    [InlineData(2, 2, Rag.Yellow)]
    [InlineData(1, 3, Rag.Red)]
    public void ShareGreen_UsesTheThresholds(int greens, int reds, Rag expected)
    {
        var inputs = Enumerable.Repeat(new ColourInput(Rag.Green), greens).Concat(Enumerable.Repeat(new ColourInput(Rag.Red), reds));

        RollUp.Propose(inputs, ShareGreen).Colour.ShouldBe(expected);
    }

    [Fact]
    public void Weighted_AHeavyRedOutweighsTwoLightGreens()
    {
        var proposal = RollUp.Propose([new(Rag.Green, 1), new(Rag.Green, 1), new(Rag.Red, 3)], Weighted);

        // (1 + 1 + 0) / 5 = 0.4, below yellow's 0.5.
        proposal.Colour.ShouldBe(Rag.Red);
    }

    [Fact]
    public void Weighted_YellowCountsHalf_AndZeroWeightIsNotCounted()
    {
        var proposal = RollUp.Propose([new(Rag.Green, 2), new(Rag.Yellow, 2), new(Rag.Red, 0)], Weighted);

        // (2 + 1) / 4 = 0.75: yellow under a green threshold of 0.8.
        proposal.ShouldBe(new Proposal(Rag.Yellow, RollUpRule.Weighted, 2, 3));
    }

    [Fact]
    public void Fulfilment_FromTheMonthsAndLessFrequentIndicators()
    {
        var (fulfilment, proposal) = RollUp.ProposeFulfilment([Rag.Green, Rag.Green, Rag.Yellow, Rag.Green], [new(Rag.Green)], Worst);

        fulfilment.ShouldBe(Fulfilment.Partial);
        proposal.Counted.ShouldBe(5);
    }

    [Fact]
    public void Fulfilment_WithoutAnyColour_IsNotProposed() =>
        RollUp.ProposeFulfilment([null, null], [], Worst).Fulfilment.ShouldBeNull();

    [Theory]
    [InlineData(3.5, 6, Better.Lower, true)]
    [InlineData(6.5, 6, Better.Lower, false)]
    [InlineData(6, 6, Better.Lower, true)]
    [InlineData(93, 85, Better.Higher, true)]
    [InlineData(84, 85, Better.Higher, false)]
    public void TargetCheck_RespectsDirection(double value, double target, Better better, bool met) =>
        TargetCheck.IsMet((decimal)value, (decimal)target, better).ShouldBe(met);
}
