using Verksam.Web.Features.Register;

namespace Verksam.UnitTests.Features.Register;

public sealed class RegisterTableTests
{
    private static readonly Dictionary<string, string> NoTexts = [];

    [Fact]
    public void OutcomeRow_ShowsZero_WhereThereWereMattersToJudge_AndStaysEmptyWhereThereWereNone()
    {
        var table = RegisterTable.Compose(2024, [LexSarah(tertial: 1, count: 1), LexSarah(tertial: 2, count: 2)], NoTexts);

        Cells(table, "ivo", "Lex Sarah").ShouldBe(["0", "0", string.Empty, "0 st"]);
        Cells(table, "lex-sarah-maria", "Lex Sarah").ShouldBe(["1", "2", string.Empty, "3 st"]);
    }

    [Fact]
    public void CategoryRows_StayEmptyAtZero_EvenWhenTheKindHasMatters()
    {
        var deviation = new MatterCount(MatterKind.Deviation, null, null, DeviationIdentifiedBy.Staff, DeviationCategory.ServiceDelivery, DeviationConcerns.OtherProvider, false, false, false, 2, 2);
        var table = RegisterTable.Compose(2024, [deviation], NoTexts);

        Cells(table, "avvikelse-identifierad", "Extern samverkanspart/annan verksamhet").ShouldBe([string.Empty, string.Empty, string.Empty, string.Empty]);
        Cells(table, "avvikelse-identifierad", "Medarbetare").ShouldBe([string.Empty, "2", string.Empty, "2 st"]);
        Cells(table, "avvikelse-avser", "Annan verksamhet").ShouldBe([string.Empty, "2", string.Empty, "2 st"]);
        Cells(table, "aterkoppling", "Antal klagomål där återkoppling har lämnats").ShouldBe([string.Empty, string.Empty, string.Empty, string.Empty]);
    }

    [Fact]
    public void Feedback_CountsSynpunkterAndKlagomal_AgainstThoseThatWereThere()
    {
        var complaint = new MatterCount(MatterKind.Complaint, MatterSource.Client, ComplaintCategory.Treatment, null, null, null, false, FeedbackGiven: true, HasMeasures: false, 1, 2);
        var feedback = new MatterCount(MatterKind.Feedback, MatterSource.Relative, ComplaintCategory.Question, null, null, null, false, FeedbackGiven: false, HasMeasures: false, 3, 1);
        var table = RegisterTable.Compose(2024, [complaint, feedback], NoTexts);

        Cells(table, "aterkoppling", "Antal klagomål där återkoppling har lämnats").ShouldBe(["2", string.Empty, "0", "2 st"]);
        // Seed 003 leaves measures empty beside complaints that had none.
        Cells(table, "atgarder", "Antal klagomål där åtgärder vidtagits").ShouldBe([string.Empty, string.Empty, string.Empty, string.Empty]);
        Cells(table, "fran-vem", "Närstående (anhörig, god man, etc.)").ShouldBe([string.Empty, string.Empty, "1", "1 st"]);
    }

    [Fact]
    public void LexMariaRows_AppearOnlyWhenTheYearHasLexMariaReports()
    {
        RegisterTable.Compose(2024, [LexSarah(1, 1)], NoTexts).Groups.Single(g => g.Key == "ivo").Rows.Select(r => r.Label).ShouldBe(["Lex Sarah"]);

        var withMaria = RegisterTable.Compose(2024, [LexSarah(1, 1), new MatterCount(MatterKind.LexMaria, null, null, null, null, null, true, false, false, 3, 1)], NoTexts);
        withMaria.Groups.Single(g => g.Key == "ivo").Rows.Select(r => r.Label).ShouldBe(["Lex Sarah", "Lex Maria"]);
        Cells(withMaria, "ivo", "Lex Maria").ShouldBe([string.Empty, string.Empty, "1", "1 st"]);
    }

    [Fact]
    public void Block_PrintsTheGroupAndItsSummaryOnTheFirstRowOnly()
    {
        var table = RegisterTable.Compose(2024, [], new Dictionary<string, string> { ["berom"] = "Beröm tas upp på APT." });
        var block = table.ToBlock();

        block.Columns.Count.ShouldBe(7);
        var praise = block.Rows.Single(r => r[0].Text == "Beröm");
        (praise[1].Text, praise[6].Text).ShouldBe(("Antal beröm", "Beröm tas upp på APT."));
        var source = block.Rows.SkipWhile(r => r[0].Text != "Från vem har klagomål eller synpunkt inkommit?").Take(5).ToList();
        source.Skip(1).ShouldAllBe(r => r[0].Text.Length == 0 && r[6].Text.Length == 0);
        block.Rows.Count.ShouldBe(32);
    }

    [Fact]
    public void Flags_OpenTooLong_LexReportWithoutDecision_AndIvoNotNotified()
    {
        var settings = new RegisterSettings { OpenDaysLimit = 30, DecisionDaysLimit = 14, IvoDaysLimit = 7 };
        var today = new DateOnly(2024, 6, 30);
        var complaint = new Matter { Kind = MatterKind.Complaint, ReceivedOn = today.AddDays(-31), Status = MatterStatus.Investigating };
        var lex = new Matter { Kind = MatterKind.LexSarah, ReceivedOn = today.AddDays(-15), Status = MatterStatus.Investigating };
        var serious = new Matter { Kind = MatterKind.LexMaria, ReceivedOn = today.AddDays(-20), Status = MatterStatus.Investigated, Decision = SeriousnessDecision.Serious, DecidedOn = today.AddDays(-8) };

        MatterService.Flags(complaint, settings, today).ShouldBe(["Öppet i 31 dagar (gräns 30 dagar)"]);
        MatterService.Flags(lex, settings, today).ShouldBe(["Beslut saknas efter 15 dagar (gräns 14 dagar)"]);
        MatterService.Flags(serious, settings, today).ShouldBe(["Inte anmält till IVO 8 dagar efter beslutet (gräns 7 dagar)"]);
        MatterService.Flags(new Matter { Kind = MatterKind.Complaint, ReceivedOn = today.AddDays(-30), Status = MatterStatus.Received }, settings, today).ShouldBeEmpty();
        complaint.Status = MatterStatus.Closed;
        MatterService.Flags(complaint, settings, today).ShouldBeEmpty();
    }

    private static MatterCount LexSarah(int tertial, int count) => new(MatterKind.LexSarah, MatterSource.Staff, null, null, null, null, false, false, false, tertial, count);

    [Fact]
    public void MattersRecordedTogether_AreNumberedPerUnitAndYear_InTheOrderReceived()
    {
        Guid unit = Guid.NewGuid(), other = Guid.NewGuid();
        Matter[] matters =
        [
            new() { OrgUnitId = unit, ReceivedOn = new DateOnly(2024, 9, 1) },
            new() { OrgUnitId = unit, ReceivedOn = new DateOnly(2024, 2, 1) },
            new() { OrgUnitId = other, ReceivedOn = new DateOnly(2024, 5, 1) },
            new() { OrgUnitId = unit, ReceivedOn = new DateOnly(2025, 1, 7) },
        ];

        Matter.NumberInOrder(matters);

        matters.Select(m => m.Reference).ShouldBe(["2024-002", "2024-001", "2024-001", "2025-001"]);
        Matter.FormatReference(2024, 1234).ShouldBe("2024-1234");
    }

    private static IReadOnlyList<string> Cells(RegisterTable table, string group, string label) =>
        table.Groups.Single(g => g.Key == group).Rows.Single(r => r.Label == label).Cells;
}
