using Verksam.Web.Domain.Periods;
using Verksam.Web.Domain.Scales;
using Verksam.Web.Features.AnnualWheel;
using Verksam.Web.Features.Controls;
using Verksam.Web.Features.Documents;
using Verksam.Web.Features.FollowUp;
using Verksam.Web.Features.Processes;
using Verksam.Web.Features.Risks;

namespace Verksam.UnitTests.Features.Quality;

public sealed class QualityRulesTests
{
    [Theory]
    [InlineData(5, 4, "(5x4) 20")]
    [InlineData(3, 3, "(3x3) 9")]
    [InlineData(1, 1, "(1x1) 1")]
    [InlineData(null, null, "")]
    public void WrittenScore_IsLikelihoodTimesConsequence_AsTheSeedsWriteIt(int? likelihood, int? consequence, string expected) =>
        RiskService.WrittenScore(likelihood, consequence).ShouldBe(expected);

    [Theory]
    [InlineData(1, Rag.Green)]
    [InlineData(7, Rag.Green)]
    [InlineData(8, Rag.Yellow)]
    [InlineData(14, Rag.Yellow)]
    [InlineData(15, Rag.Red)]
    [InlineData(25, Rag.Red)]
    public void ScoreBands_FollowTheMunicipalitysSettings(int score, Rag expected) =>
        new RiskSettings(5, 15, 8, 15).Colour(score).ShouldBe(expected);

    [Fact]
    public void UnscoredRisk_HasNoColour() => new RiskSettings(5, 15, 8, 15).Colour(null).ShouldBeNull();

    [Fact]
    public void Described_PutsTheScoreAfterTheRisk_OrNothingWhenNotScored()
    {
        RiskService.Described(new Risk { Description = "Utökning av köpta boendeplatser", Likelihood = 5, Consequence = 4 }).ShouldBe("Utökning av köpta boendeplatser (5x4) 20");
        RiskService.Described(new Risk { Description = "Pandemi" }).ShouldBe("Pandemi");
    }

    [Fact]
    public void ControlMonths_RoundTripThroughTheMask()
    {
        var mask = SelfMonitoring.MonthsMask([1, 4, 12, 13, 0]);
        new SelfMonitoring { Months = mask }.RunMonths().ShouldBe([1, 4, 12]);
    }

    [Fact]
    public void QualityPlanRows_FollowTheOrderEntered_ControlsCarryTheirActions_AndARisksRowsStandTogether_WithTheRiskWrittenOnce()
    {
        var process = new QualityProcess { Id = Guid.NewGuid(), Name = "Öppenvård" };
        var risk = new Risk { Id = Guid.NewGuid(), ProcessId = process.Id, Description = "Våldsutsatt klient möter sin förövare", Likelihood = 3, Consequence = 3 };
        var lonely = new Risk { Id = Guid.NewGuid(), ProcessId = process.Id, Description = "Risk utan kontroll eller åtgärd" };
        var control = new SelfMonitoring { Id = Guid.NewGuid(), ProcessId = process.Id, Title = "Andel ärenden med vårdplan", Purpose = "Säkerställa vårdplaner", SortOrder = 20 };
        QualityAction[] actions =
        [
            new() { RiskId = risk.Id, Title = "Utökade mottagningsrutiner", Description = "Fråga vid mottagningen", SortOrder = 10 },
            new() { RiskId = risk.Id, Title = "Utökade rutiner vid byte av insats", SortOrder = 30 },
            new() { ControlId = control.Id, Title = string.Empty, Description = "Alla ärenden har vårdplan", SortOrder = 21 },
        ];

        var tables = Verksam.Web.Features.QualityPlan.QualityPlanService.RiskTables([process], new Dictionary<Guid, Risk> { [risk.Id] = risk, [lonely.Id] = lonely }, [control], actions);

        var (title, rows) = tables.ShouldHaveSingleItem();
        title.ShouldBe("Öppenvård");
        rows.Select(r => string.Join(" | ", r.Select(c => c.Text))).ShouldBe(
        [
            "Våldsutsatt klient möter sin förövare\nRisknivå 9 |  |  | Utökade mottagningsrutiner | Fråga vid mottagningen",
            // Added to the risk after the control was entered: it stands with the risk's other rows, and the risk is not written again.
            " |  |  | Utökade rutiner vid byte av insats | ",
            " | Andel ärenden med vårdplan | Säkerställa vårdplaner |  | Alla ärenden har vårdplan",
            "Risk utan kontroll eller åtgärd |  |  |  | ",
        ]);
    }

    [Fact]
    public void RiskFollowUpTable_WritesEachTypeOfRiskOnce_AndListsTheRisksTakenOut()
    {
        var figures = new QualityFigures(
            [
                new RiskRow("Omvärld", "Pandemi", [], null, null),
                new RiskRow("Omvärld", "Ny LSS-lagstiftning", ["Bevaka"], Rag.Green, null),
                new RiskRow("Finansiell", "Ökat inflöde efter pandemin (4x3) 12", [], null, null),
            ],
            [new RemovedRiskRow("Ny kommundirektör (3x3) 9", "Organisationen är klar.")],
            [],
            []);

        var blocks = figures.Blocks(Verksam.Web.Features.Plans.DataBlock.Risks, Period.Month(2023, 9));

        var table = blocks.OfType<TableBlock>().First();
        table.Rows.Select(r => r[0].Text).ShouldBe(["Omvärld", string.Empty, "Finansiell"]);
        table.Rows[1][3].Colour.ShouldBe(Rag.Green);
        blocks.OfType<TableBlock>().Last().Rows.ShouldHaveSingleItem().Select(c => c.Text).ShouldBe(["Ny kommundirektör (3x3) 9", "Organisationen är klar."]);
    }

    private static QualityFigures WheelOf2023() => new([], [], [],
    [
        new WheelRow(WheelTiming.Month, 1, "Lönegrundande medarbetarsamtal", "EC", string.Empty, Rag.Green),
        new WheelRow(WheelTiming.Month, 4, "Ärendegranskning", "Gruppledare", "Har fått prioriteras bort", Rag.Red),
        new WheelRow(WheelTiming.Month, 5, "Bevaka OPI", "EC", string.Empty, null),
        new WheelRow(WheelTiming.Month, 9, "Brukarundersökning MÅF planeras", string.Empty, string.Empty, Rag.Green),
        new WheelRow(WheelTiming.Month, 10, "Aktrensning", "Gruppledare", string.Empty, null),
        new WheelRow(WheelTiming.EveryMonth, null, "Ärendefördelning", "Gruppledare", string.Empty, null),
    ]);

    [Fact]
    public void AnnualWheelInAReport_ShowsThePeriodsMonths_ThenWhatIsLateFromEarlierMonths()
    {
        var blocks = WheelOf2023().Blocks(Verksam.Web.Features.Plans.DataBlock.AnnualWheel, Period.Month(2023, 9));

        var tables = blocks.OfType<TableBlock>().ToList();
        tables.Select(t => t.Caption).ShouldBe(["Månad september", "Försenat: aktiviteter från tidigare månader som inte är genomförda", "Månadsvisa aktiviteter"]);
        tables[0].Rows.ShouldHaveSingleItem()[0].Text.ShouldBe("Brukarundersökning MÅF planeras");
        tables[1].Rows.Select(r => string.Join(" | ", r.Select(c => c.Text))).ShouldBe(
        [
            "april | Ärendegranskning | Gruppledare | Har fått prioriteras bort | Röd",
            "maj | Bevaka OPI | EC |  | Inte uppföljd",
        ]);
    }

    [Fact]
    public void AnnualWheelInATertialReport_ShowsItsFourMonths_AndSaysSoWhenTheyHaveNone()
    {
        var t2 = WheelOf2023().Blocks(Verksam.Web.Features.Plans.DataBlock.AnnualWheel, Period.Tertial(2023, 2));
        t2.OfType<TableBlock>().Select(t => t.Caption).ShouldBe(["Månad maj", "Försenat: aktiviteter från tidigare månader som inte är genomförda", "Månadsvisa aktiviteter"]);

        var december = WheelOf2023().Blocks(Verksam.Web.Features.Plans.DataBlock.AnnualWheel, Period.Month(2023, 12));
        december.OfType<NoteBlock>().ShouldHaveSingleItem().Text.ShouldBe("Årshjulet har inga aktiviteter för Dec 2023.");
    }

    [Fact]
    public void AnnualWheelForTheWholeYear_PrintsEveryMonth_AsSeed000Does()
    {
        var blocks = WheelOf2023().Blocks(Verksam.Web.Features.Plans.DataBlock.AnnualWheelYear, Period.Month(2023, 9));

        var tables = blocks.OfType<TableBlock>().ToList();
        tables.Take(12).Select(t => t.Caption).ShouldBe(Enumerable.Range(1, 12).Select(m => "Månad " + Period.MonthName(m)));
        tables.ShouldNotContain(t => t.Caption.StartsWith("Försenat", StringComparison.Ordinal));
        tables[9].Rows.ShouldHaveSingleItem()[0].Text.ShouldBe("Aktrensning");
    }

    [Fact]
    public void FrozenFigures_KeepSections4To6ThroughJson()
    {
        var figures = new ReportFigures([], new QualityFigures([new RiskRow("Omvärld", "Pandemi", ["Bevaka"], Rag.Yellow, "Följs")], [], [new AssignmentRow("KPB", "", "", "Pågår", "")], [new WheelRow(WheelTiming.Month, 4, "Ärendegranskning", "Gruppledare", "Prioriterades bort", Rag.Red)]));

        var read = ReportFigures.FromJson(figures.ToJson());

        read.Quality.ShouldNotBeNull();
        read.Quality.Risks.ShouldHaveSingleItem().Actions.ShouldBe(["Bevaka"]);
        read.Quality.Wheel.ShouldHaveSingleItem().Mark.ShouldBe(Rag.Red);
        ReportFigures.FromJson("""{"goals":[]}""").Quality.ShouldBeNull();
    }
}
