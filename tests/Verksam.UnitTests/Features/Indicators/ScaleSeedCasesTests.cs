using Verksam.Web.Domain.Scales;
using Verksam.Web.Features.Indicators;

namespace Verksam.UnitTests.Features.Indicators;

/// <summary>Every row of the scale table in shared/domain.md, through the notation parser, to the colour the seed shows.</summary>
public sealed class ScaleSeedCasesTests
{
    private static Scale Parse(string text)
    {
        var result = ScaleParser.Parse(text);
        result.Error.ShouldBeNull();
        return result.Scale!;
    }

    [Theory]
    [InlineData("Ärendemängd per vuxenhandläggare", "Grönt: -55 brukare, Gult: 56-65, Rött: 66 eller fler", "51", Rag.Green)]
    [InlineData("Ärendemängd per barnhandläggare", "Grönt: -50 brukare, Gult: 51-60, Rött: 61 eller fler", "50", Rag.Green)]
    [InlineData("Antal årligen uppföljda beslut", "Grönt: 22 eller fler, Gult: 15-21, Rött: 0-14", "33", Rag.Green)]
    [InlineData("Utredningstid LSS, personlig assistans", "Grönt: 1-90 dagar, Gult: 91-119 dagar, Rött: 120 eller fler dagar", "33", Rag.Green)]
    [InlineData("Antal ej verkställda beslut (Juli–sept)", "G: 0-25, A: 26-39, R: > 40", "23", Rag.Green)]
    [InlineData("Antal lediga LSS-boendeplatser i egen regi", "G: 0 - 1, A: 2, R: 3 -", "2", Rag.Yellow)]
    public void DomainTable_SingleValue_GetsTheSeedsColour(string indicator, string scale, string outcome, Rag expected)
    {
        Parse(scale).Evaluate(decimal.Parse(outcome, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(expected, indicator);
    }

    [Fact]
    public void DomainTable_AndelDomar_RatioOf27Of29_IsGreen()
    {
        var share = OutcomeMath.RatioPercent(27, 29)!.Value;

        Math.Round(share).ShouldBe(93m);
        Parse("Grönt över 85 %, Gult: 50-84 %, Rött: 0-49 %").Evaluate(share).ShouldBe(Rag.Green);
    }

    [Fact]
    public void DomainTable_HurNojd_5_6_0_0_Is100PercentGreen()
    {
        var counts = new Dictionary<string, decimal> { ["Mycket nöjd"] = 5, ["Ganska nöjd"] = 6, ["Ganska missnöjd"] = 0, ["Mycket missnöjd"] = 0 };

        var share = OutcomeMath.SurveyShare(counts, ["Mycket nöjd", "Ganska nöjd"])!.Value;

        share.ShouldBe(100m);
        Parse("G: 87-100%, A: 25-86%, R: 0-24%").Evaluate(share).ShouldBe(Rag.Green);
    }

    [Fact]
    public void DomainTable_KontaktMedAnnanForvaltning_JaOchInteHaftBehov_IsGreen()
    {
        var counts = new Dictionary<string, decimal> { ["Ja"] = 7, ["Nej"] = 0, ["Inte haft behov"] = 4 };

        var share = OutcomeMath.SurveyShare(counts, ["Ja", "Inte haft behov"])!.Value;

        share.ShouldBe(100m);
        Parse("G: 82-100%, A: 19-81%, R: 0-18%").Evaluate(share).ShouldBe(Rag.Green);
    }

    [Fact]
    public void DomainTable_Pulsmatning_ShareOfStammerHeltAndOftast_IsComputedFromCounts()
    {
        // The third statement of seed 000's pulse survey: 36, 45, 18, 0.
        var counts = new Dictionary<string, decimal> { ["Stämmer helt"] = 36, ["Stämmer oftast"] = 45, ["Stämmer oftast inte"] = 18, ["Stämmer inte alls"] = 0 };

        var share = OutcomeMath.SurveyShare(counts, ["Stämmer helt", "Stämmer oftast"])!.Value;

        Math.Round(share, 1).ShouldBe(81.8m);
        Parse("G: 80-100% A: 50-79% R: 0-49%").Evaluate(share).ShouldBe(Rag.Green);
    }

    [Theory]
    [InlineData("6", "6,5", Rag.Green)]
    [InlineData("6", "6", Rag.Yellow)]
    [InlineData("6", "5", Rag.Red)]
    public void DomainTable_AndelKoptaPlatser_IsJudgedAgainstThePreviousPeriod(string value, string previous, Rag expected)
    {
        var scale = Parse("G: Lägre andel, A: Oförändrad andel, R: Högre andel");

        scale.Evaluate(decimal.Parse(value.Replace(',', '.'), System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(previous.Replace(',', '.'), System.Globalization.CultureInfo.InvariantCulture))
            .ShouldBe(expected);
    }

    [Fact]
    public void DomainTable_AndelKoptaPlatser_WithoutPreviousValue_HasNoColour() =>
        Parse("G: Lägre andel, A: Oförändrad andel, R: Högre andel").Evaluate(6m).ShouldBeNull();
}
