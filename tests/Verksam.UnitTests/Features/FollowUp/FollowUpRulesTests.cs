using Verksam.Web.Domain.Periods;
using Verksam.Web.Domain.Scales;
using Verksam.Web.Features.FollowUp;

namespace Verksam.UnitTests.Features.FollowUp;

public sealed class FollowUpRulesTests
{
    [Theory]
    [InlineData("2023-09", 10, "2023-10-10")]
    [InlineData("2023-12", 10, "2024-01-10")]
    [InlineData("2023-T1", 15, "2023-05-15")]
    [InlineData("2023-T2", 1, "2023-09-01")]
    [InlineData("2024-01", 31, "2024-02-28")]
    public void DueDate_IsTheDueDayOfTheMonthAfterThePeriod(string period, int dueDay, string expected)
    {
        Period.TryParse(period, out var p).ShouldBeTrue();

        FollowUpService.DueDate(p, dueDay).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).ShouldBe(expected);
    }

    [Theory]
    [InlineData("2023-09", true)]
    [InlineData("2023-T1", true)]
    [InlineData("2023-T2", true)]
    [InlineData("2023-T3", false)]
    [InlineData("2023-VB", true)]
    [InlineData("2023-07..09", false)]
    public void ReportsAreWrittenForMonthsTheFirstTwoTertialsAndTheYear(string period, bool reported)
    {
        Period.TryParse(period, out var p).ShouldBeTrue();

        FollowUpService.IsReportPeriod(p).ShouldBe(reported);
    }

    [Theory]
    [InlineData("2024-03", Verksam.Web.Features.Plans.ReportKind.MonthlyReport, "Månadsrapport mars 2024")]
    [InlineData("2024-T2", Verksam.Web.Features.Plans.ReportKind.TertialReport, "Tertialrapport T2 2024")]
    [InlineData("2024-VB", Verksam.Web.Features.Plans.ReportKind.AnnualReport, "Verksamhetsberättelse 2024")]
    public void TheYearsReportIsTheVerksamhetsberattelse(string period, Verksam.Web.Features.Plans.ReportKind kind, string title)
    {
        Period.TryParse(period, out var p).ShouldBeTrue();

        FollowUpService.KindOf(p).ShouldBe(kind);
        FollowUpService.Title(p).ShouldBe(title);
    }

    [Fact]
    public void ShortTitle_CutsALongGoalAtAWord()
    {
        FollowUpService.ShortTitle("Kort mål").ShouldBe("Kort mål");
        var cut = FollowUpService.ShortTitle("På enheten arbetar alla mot en gemensam målbild. Alla tar ansvar och bidrar till verksamhetens utveckling i ett klimat som är engagerat.");
        cut.ShouldBe("På enheten arbetar alla mot en gemensam målbild. Alla tar ansvar och bidrar till…");
    }

    [Fact]
    public void ChangesIn_NamesEachIndicatorAndGoalWhoseLiveValueDiffersFromTheFrozen()
    {
        var goal = Guid.NewGuid();
        var same = Guid.NewGuid();
        var changed = Guid.NewGuid();
        var frozen = Figures(goal, Rag.Yellow, (same, "51", Rag.Green), (changed, "50", Rag.Green));
        var live = Figures(goal, Rag.Red, (same, "51", Rag.Green), (changed, "58", Rag.Yellow));

        var changes = frozen.ChangesIn(live);

        changes.Count.ShouldBe(2);
        changes[changed].ShouldBe("58 (Gul)");
        changes[goal].ShouldBe("Röd");
        frozen.ChangesIn(frozen).ShouldBeEmpty();
    }

    [Fact]
    public void Figures_RoundTripThroughJson()
    {
        var figures = Figures(Guid.NewGuid(), Rag.Green, (Guid.NewGuid(), "27 av 29 = 93 %", Rag.Green));

        ReportFigures.FromJson(figures.ToJson()).ChangesIn(figures).ShouldBeEmpty();
        ReportFigures.FromJson(figures.ToJson()).Goals[0].Indicators[0].Outcome.ShouldBe("27 av 29 = 93 %");
    }

    private static ReportFigures Figures(Guid goal, Rag colour, params (Guid Id, string Outcome, Rag Colour)[] indicators) =>
        new([new GoalFigures(goal, "Medarbetare", "KF-mål", "Nämndmål", null, "Enhetens mål", colour, Rag.Green, null, null, new Rag?[12],
            indicators.Select(i => new IndicatorFigures(i.Id, "Indikator", "G: 0-50", i.Outcome, ">80 %", i.Colour)).ToList())]);
}
