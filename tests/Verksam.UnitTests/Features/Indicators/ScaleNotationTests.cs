using Verksam.Web.Domain.Scales;

namespace Verksam.UnitTests.Features.Indicators;

public sealed class ScaleNotationTests
{
    /// <summary>Every scale written in seed 000, as the seed writes it.</summary>
    public static TheoryData<string> SeedScales =>
    [
        "G: 80-100% A: 50-79% R: 0-49%",
        "G: 87-100% A: 25-86% R: 0-24%",
        "Grönt: -55 brukare Gult: 56-65 Rött: 66 eller fler",
        "Grönt: -50 brukare Gult: 51-60 Rött: 61 eller fler",
        "G: 82-100% A: 19-81% R: 0-18%",
        "Grönt över 85 % Gult: 50-84 % Rött: 0-49 %",
        "Grönt: 22 eller fler uppföljningar Gult: 15-21 uppföljningar Rött: 0-14 uppföljningar",
        "Grönt: 1-90 dagar Gult: 91-119 dagar Rött: 120 eller fler dagar",
        "Grönt: 1-60 dagar Gult: 61-90 dagar Rött: 91 eller fler dagar",
        "G: 0-25 A: 26-39 R: > 40",
        "Grönt: 90-100% Gult: 50-89% Rött: 0-49%",
        "G: Lägre andel A: Oförändrad andel R: Högre andel",
        "G: 0 - 1 A: 2 R: 3 -",
        "G: 80-100% A: 60-79% R: 0-59%",
        "Grönt: 50-100 % Gult: 25-49% Rött: 0-24%",
        "Grönt över 85 %\nGult: 50-84 %\nRött: 0-49 %",
    ];

    [Theory]
    [MemberData(nameof(SeedScales))]
    public void SeedScale_RoundTripsThroughParserAndFormatter(string written)
    {
        var parsed = ScaleParser.Parse(written);
        parsed.Error.ShouldBeNull(written);

        var formatted = ScaleFormatter.Format(parsed.Scale!);
        var reparsed = ScaleParser.Parse(formatted);

        reparsed.Error.ShouldBeNull(formatted);
        reparsed.Scale!.SameRulesAs(parsed.Scale!).ShouldBeTrue($"{written} → {formatted}");
        ScaleFormatter.Format(reparsed.Scale!).ShouldBe(formatted);
    }

    [Theory]
    [InlineData("G: 80-100% A: 50-79% R: 0-49%", "G: 80-100 % A: 50-79 % R: 0-49 %")]
    [InlineData("Grönt: -55 brukare Gult: 56-65 Rött: 66 eller fler", "Grönt: -55 brukare Gult: 56-65 brukare Rött: 66 eller fler brukare")]
    [InlineData("Grönt: 1-90 dagar Gult: 91-119 dagar Rött: 120 eller fler dagar", "Grönt: 1-90 dagar Gult: 91-119 dagar Rött: 120 eller fler dagar")]
    [InlineData("Grönt över 85 % Gult: 50-84 % Rött: 0-49 %", "Grönt: över 85 % Gult: 50-84 % Rött: 0-49 %")]
    [InlineData("G: 0-25 A: 26-39 R: > 40", "G: 0-25 A: 26-39 R: över 40")]
    [InlineData("G: 0 - 1 A: 2 R: 3 -", "G: 0-1 A: 2 R: 3 eller fler")]
    [InlineData("G: Lägre andel A: Oförändrad andel R: Högre andel", "G: Lägre andel A: Oförändrad andel R: Högre andel")]
    [InlineData("g: 1,5-2,5 a: 2,6-4 r: 4,1 eller fler", "G: 1,5-2,5 A: 2,6-4 R: 4,1 eller fler")]
    public void Format_WritesTheSeedsStyle(string written, string expected)
    {
        var scale = ScaleParser.Parse(written).Scale!;

        ScaleFormatter.Format(scale).ShouldBe(expected);
    }

    [Fact]
    public void Parse_ReadsDirectionAndBounds()
    {
        var scale = ScaleParser.Parse("Grönt: -55 brukare Gult: 56-65 Rött: 66 eller fler").Scale!;

        scale.Better.ShouldBe(Better.Lower);
        scale.BandFor(Rag.Green)!.ShouldBe(new ScaleBand(Rag.Green, null, new Bound(55, true)));
        scale.BandFor(Rag.Red)!.ShouldBe(new ScaleBand(Rag.Red, new Bound(66, true), null));
        scale.LabelStyle.ShouldBe(ScaleLabelStyle.Words);
        scale.Unit.ShouldBe("brukare");
    }

    [Fact]
    public void Parse_OverAndGreaterThan_AreExclusive()
    {
        ScaleParser.Parse("Grönt över 85 % Gult: 50-84 % Rött: 0-49 %").Scale!.BandFor(Rag.Green)!.Lower.ShouldBe(new Bound(85, false));
        ScaleParser.Parse("G: 0-25 A: 26-39 R: > 40").Scale!.BandFor(Rag.Red)!.Lower.ShouldBe(new Bound(40, false));
    }

    [Theory]
    [InlineData("", "Skriv en skala, till exempel ”G: 80-100 % A: 50-79 % R: 0-49 %”.")]
    [InlineData("80-100 %", "Hittade ingen färg. Börja varje del med G:, A: eller R: (eller Grönt:, Gult:, Rött:).")]
    [InlineData("G: 80-100% A: femtio R: 0-49%", "Kunde inte läsa ”femtio” i Gult. Skriv till exempel ”50-79”, ”66 eller fler”, ”över 85” eller ”-55”.")]
    [InlineData("Skala G: 80-100 R: 0-79", "Kunde inte läsa ”Skala” före den första färgen. Börja med G:, A: eller R:.")]
    [InlineData("G: 80-100 G: 50-79 R: 0-49", "Grönt står två gånger i skalan. Skriv varje färg en gång.")]
    [InlineData("G: 80-100", "Skalan behöver minst två färger, till exempel G: och R:.")]
    [InlineData("G: 100-80 A: 50-79 R: 0-49", "I Grönt är det första talet (100) större än det andra (80). Skriv det lägsta talet först.")]
    [InlineData("G: 70-100 A: 50-79 R: 0-49", "Gult och Grönt överlappar. Ett värde kan bara ha en färg – ändra gränserna så att de inte går in i varandra.")]
    [InlineData("G: 80-100 A: 0-49 R: 50-79", "Gult måste ligga mellan Grönt och Rött.")]
    [InlineData("G: Lägre A: 2 R: Högre", "Blanda inte tal och förändring (Lägre, Oförändrad, Högre) i samma skala.")]
    [InlineData("G: Lägre A: Högre R: Oförändrad", "En förändringsskala behöver Lägre, Oförändrad och Högre: Gult för Oförändrad, Grönt och Rött för Lägre och Högre.")]
    [InlineData("G: 3 - R: -5", "Rött och Grönt överlappar. Ett värde kan bara ha en färg – ändra gränserna så att de inte går in i varandra.")]
    public void Parse_UnreadableOrInvalid_SaysWhatInSwedish(string written, string message)
    {
        var result = ScaleParser.Parse(written);

        result.Scale.ShouldBeNull();
        result.Error.ShouldBe(message);
    }
}
