using System.Globalization;
using System.Xml.Linq;
using Verksam.Web.Domain.Charts;

namespace Verksam.UnitTests.Domain.Charts;

public sealed class BarSvgTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static readonly BarChart Chart = new(
        "Antal ärenden <per> tertial", "Klagomål 3, avvikelser 1.", ["T1 2024", "T2 2024"],
        [new BarSeries("Klagomål", [1, 2]), new BarSeries("Avvikelse", [0, 1])]);

    private static XElement Render() => XElement.Parse(BarSvg.Render(Chart, "c"));

    [Fact]
    public void Render_NamesTheChartByItsTitleAndDescription()
    {
        var svg = Render();

        svg.Attribute("role")!.Value.ShouldBe("img");
        svg.Attribute("aria-labelledby")!.Value.ShouldBe("c-title c-desc");
        svg.Element(Svg + "title")!.Value.ShouldBe("Antal ärenden <per> tertial");
        svg.Element(Svg + "desc")!.Value.ShouldBe("Klagomål 3, avvikelser 1.");
    }

    [Fact]
    public void Render_WritesEachBarsValueAndGivesEachSeriesItsOwnPattern()
    {
        var svg = Render();
        var bars = svg.Elements(Svg + "rect").Where(r => r.Attribute("height")!.Value != "14").ToList();
        var texts = svg.Elements(Svg + "text").Select(t => t.Value).ToList();

        // Three bars above zero, each filled by its series' pattern; the zero is written but not drawn.
        bars.Select(b => b.Attribute("fill")!.Value).ShouldBe(["url(#c-p0)", "url(#c-p0)", "url(#c-p1)"]);
        texts.ShouldContain("Klagomål");
        texts.ShouldContain("Avvikelse");
        texts.Count(t => t == "1").ShouldBeGreaterThanOrEqualTo(2);
        texts.ShouldContain("T2 2024");
        svg.Descendants(Svg + "pattern").Select(p => p.Attribute("id")!.Value).ShouldContain("c-p1");
    }

    [Fact]
    public void Render_ScalesTheTallestBarToTheAxisTop()
    {
        var svg = Render();
        var heights = svg.Elements(Svg + "rect").Where(r => r.Attribute("height")!.Value != "14")
            .Select(r => double.Parse(r.Attribute("height")!.Value, CultureInfo.InvariantCulture)).ToList();

        // The largest value, 2, is the axis top (NiceCeiling): the whole plot's 220 units high; 1 is half of it.
        heights.ShouldBe([110, 220, 110]);
    }

    [Theory]
    [InlineData(0, 2)]
    [InlineData(3, 4)]
    [InlineData(11, 20)]
    [InlineData(230, 300)]
    public void NiceCeiling_RoundsUpToAWholeHalfLine(int max, int top) => BarSvg.NiceCeiling(max).ShouldBe(top);
}
