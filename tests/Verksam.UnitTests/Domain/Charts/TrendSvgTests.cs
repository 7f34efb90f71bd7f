using System.Globalization;
using System.Xml.Linq;
using Verksam.Web.Domain.Charts;
using Verksam.Web.Domain.Scales;

namespace Verksam.UnitTests.Domain.Charts;

public sealed class TrendSvgTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    // The large chart's plot: 64 from the left, 600 wide; 20 from the top, 260 high. A share runs 0–100 %.
    private const double PlotLeft = 64;
    private const double PlotWidth = 600;
    private const double PlotTop = 20;
    private const double PlotHeight = 260;

    private static TrendPoint P(decimal value) => new(value, value.ToString("0.##", CultureInfo.GetCultureInfo("sv-SE")) + " %");

    private static TrendChart Chart(IReadOnlyList<TrendPoint?> points, IReadOnlyList<TrendSeries>? targets = null, Scale? scale = null) => new(
        "Andel nöjda – Myndighet LSS", "2023", ["Jan", "Feb", "Mars"], [new TrendSeries("Utfall", points)], targets ?? [], TrendBands.From(scale),
        scale is null ? null : ScaleFormatter.Format(scale), "%");

    private static XElement Render(TrendChart chart) => XElement.Parse(TrendSvg.Render(chart, TrendSize.Large, "t"));

    private static double Attr(XElement e, string name) => double.Parse(e.Attribute(name)!.Value, CultureInfo.InvariantCulture);

    [Fact]
    public void Render_PlacesEachPointInTheMiddleOfItsMonthAtItsValue()
    {
        var points = Render(Chart([P(0), P(50), P(100)])).Descendants(Svg + "circle").Where(c => (string?)c.Attribute("class") == "trend__point").ToList();

        points.Select(c => Attr(c, "cx")).ShouldBe([PlotLeft + 100, PlotLeft + 300, PlotLeft + 500]);
        points.Select(c => Attr(c, "cy")).ShouldBe([PlotTop + PlotHeight, PlotTop + (PlotHeight / 2), PlotTop]);
    }

    [Fact]
    public void Render_MonthWithoutOutcome_BreaksTheLine()
    {
        var line = Render(Chart([P(20), null, P(60)])).Descendants(Svg + "path").Single(p => (string?)p.Attribute("class") == "trend__line");

        // Two moves and no line across the missing month.
        line.Attribute("d")!.Value.Count(c => c == 'M').ShouldBe(2);
        line.Attribute("d")!.Value.ShouldNotContain("L");
    }

    [Fact]
    public void Render_DrawsTheScalesColoursBehindTheLine_GapsToTheWorseColour()
    {
        var scale = ScaleParser.Parse("G: 80-100 % A: 50-79 % R: 0-49 %").Scale!;
        var svg = Render(Chart([P(40), P(70), P(90)], scale: scale));
        var bands = svg.Descendants(Svg + "rect").Where(r => ((string?)r.Attribute("class"))?.StartsWith("trend__band", StringComparison.Ordinal) == true).ToList();

        bands.Select(b => ((string)b.Attribute("class")!, Attr(b, "data-from"), Attr(b, "data-to")))
            .ShouldBe([("trend__band trend__band--red", 0d, 50d), ("trend__band trend__band--yellow", 50d, 80d), ("trend__band trend__band--green", 80d, 100d)]);
        var green = bands[2];
        Attr(green, "y").ShouldBe(PlotTop);
        Attr(green, "height").ShouldBe(PlotHeight * 0.2);
        // Each band says its colour in words, not by colour alone.
        svg.Descendants(Svg + "text").Where(t => (string?)t.Attribute("class") == "trend__label").Select(t => t.Value).ShouldContain("Grön");
    }

    [Fact]
    public void Bands_LowerIsBetterScale_RunFromGreenUpToRed_GapsToTheWorseColour()
    {
        var scale = ScaleParser.Parse("Grönt: -55 brukare Gult: 56-65 Rött: 66 eller fler").Scale!;

        // 55,5 lies between green and yellow and is judged yellow, so yellow starts right above 55.
        scale.Evaluate(55.5m).ShouldBe(Rag.Yellow);
        TrendBands.From(scale).ShouldBe([new TrendBand(Rag.Green, null, 55), new TrendBand(Rag.Yellow, 55, 65), new TrendBand(Rag.Red, 65, null)]);
    }

    [Fact]
    public void Bands_ChangeScale_HasNone() =>
        TrendBands.From(ScaleParser.Parse("G: Lägre andel A: Oförändrad andel R: Högre andel").Scale!).ShouldBeEmpty();

    [Fact]
    public void Render_DrawsTheTargetAcrossEachMonthAtItsValue()
    {
        var target = new TrendSeries("Årsmål", [P(90), P(90), P(90)]);
        var path = Render(Chart([P(80), P(85), P(88)], [target])).Descendants(Svg + "path").Single(p => (string?)p.Attribute("class") == "trend__target");

        var y = (PlotTop + (PlotHeight * 0.1)).ToString(CultureInfo.InvariantCulture);
        path.Attribute("d")!.Value.ShouldBe($"M64 {y}H264M264 {y}H464M464 {y}H664");
        path.Attribute("stroke-dasharray").ShouldNotBeNull();
    }

    [Fact]
    public void Render_IsAnImageNamedByItsTitleAndDescribedInWords()
    {
        var target = new TrendSeries("Årsmål", [P(90), P(90), P(90)]);
        var svg = Render(Chart([P(70), P(85), P(82)], [target]));

        svg.Attribute("role")!.Value.ShouldBe("img");
        svg.Attribute("aria-labelledby")!.Value.ShouldBe("t-title t-desc");
        svg.Element(Svg + "title")!.Value.ShouldBe("Andel nöjda – Myndighet LSS");
        svg.Element(Svg + "desc")!.Value.ShouldBe("Andel nöjda – Myndighet LSS. Utfall Jan–Mars 2023: senast 82 % (Mars), lägst 70 % (Jan), högst 85 % (Feb). Årsmål 90 %.");
    }

    [Fact]
    public void Render_WithoutOutcomes_SaysSoInWords()
    {
        var svg = Render(Chart([null, null, null]));

        svg.Element(Svg + "desc")!.Value.ShouldBe("Andel nöjda – Myndighet LSS. Inga utfall att visa för 2023.");
        svg.Descendants(Svg + "text").Select(t => t.Value).ShouldContain("Inga utfall ännu");
        svg.Descendants(Svg + "path").Where(p => (string?)p.Attribute("class") == "trend__line").ShouldBeEmpty();
    }

    [Fact]
    public void Render_TellsLinesApartByDashAndMarker_NotColourAlone()
    {
        var chart = Chart([P(70), P(80), P(82)]) with { Series = [new TrendSeries("Män/pojkar", [P(60), P(70), P(75)]), new TrendSeries("Kvinnor/flickor", [P(80), P(85), P(90)])] };
        var svg = Render(chart);

        var lines = svg.Descendants(Svg + "path").Where(p => (string?)p.Attribute("class") == "trend__line").ToList();
        lines.Select(l => (string?)l.Attribute("stroke-dasharray")).Distinct().Count().ShouldBe(2);
        svg.Descendants().Where(e => (string?)e.Attribute("class") == "trend__point").Select(e => e.Name.LocalName).Distinct().Count().ShouldBe(2);
    }

    [Fact]
    public void TableRows_ListEachPeriodWithAValue()
    {
        var chart = Chart([P(70), null, P(82)], [new TrendSeries("Årsmål", [P(90), P(90), P(90)])]);

        chart.TableColumns.ShouldBe(["Period", "Utfall", "Årsmål"]);
        chart.TableRows.ShouldBe([["Jan 2023", "70 %", "90 %"], ["Mars 2023", "82 %", "90 %"]]);
    }

    /// <summary>WCAG 2.1's contrast ratio of two sRGB colours written #rrggbb.</summary>
    private static double Contrast(string a, string b)
    {
        static double Luminance(string hex)
        {
            double Channel(int at)
            {
                var c = int.Parse(hex.AsSpan(at, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
                return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
            }

            return (0.2126 * Channel(1)) + (0.7152 * Channel(3)) + (0.0722 * Channel(5));
        }

        var (x, y) = (Luminance(a), Luminance(b));
        return (Math.Max(x, y) + 0.05) / (Math.Min(x, y) + 0.05);
    }

    [Fact]
    public void EveryLineOnWhiteAndOnEveryBand_HasAContrastOfThreeToOne_AndTextFourAndAHalf()
    {
        string[] backgrounds = ["#ffffff", TrendSvg.BandFill(Rag.Green), TrendSvg.BandFill(Rag.Yellow), TrendSvg.BandFill(Rag.Red)];

        foreach (var background in backgrounds)
        {
            foreach (var line in TrendSvg.LineColours)
            {
                Contrast(line, background).ShouldBeGreaterThanOrEqualTo(3.0, $"{line} on {background} (WCAG 1.4.11)");
            }

            Contrast(TrendSvg.TextColour, background).ShouldBeGreaterThanOrEqualTo(4.5, $"text on {background} (WCAG 1.4.3)");
        }

        Contrast("#767676", "#ffffff").ShouldBe(4.54, 0.01, "the formula, checked against a known pair");
    }

    [Fact]
    public void ASmallChartWithItsWordsBeside_IsDescribedByThoseWords_AndHasNoDescriptionOfItsOwn()
    {
        var chart = Chart([P(20), P(40), P(60)]);
        var beside = XElement.Parse(TrendSvg.Render(chart, TrendSize.Small, "s", describedBy: "s-words"));
        var alone = XElement.Parse(TrendSvg.Render(chart, TrendSize.Small, "s"));

        beside.Attribute("aria-labelledby")!.Value.ShouldBe("s-title");
        beside.Attribute("aria-describedby")!.Value.ShouldBe("s-words");
        beside.Elements(Svg + "desc").ShouldBeEmpty("the words are said once, from beside the chart");
        alone.Attribute("aria-labelledby")!.Value.ShouldBe("s-title s-desc");
        alone.Element(Svg + "desc")!.Value.ShouldBe(chart.Describe());
    }

    [Fact]
    public void EveryPoint_ShowsItsLineMonthAndValueUnderThePointer()
    {
        var points = Render(Chart([P(20), null, P(60)])).Descendants(Svg + "circle").Where(c => (string?)c.Attribute("class") == "trend__point").ToList();

        points.Select(c => c.Element(Svg + "title")?.Value).ShouldBe(["Utfall, Jan: 20 %", "Utfall, Mars: 60 %"]);
    }
}
