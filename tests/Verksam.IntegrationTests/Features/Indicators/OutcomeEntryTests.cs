using System.Net;
using Verksam.IntegrationTests.Infrastructure;
using Verksam.Web.Features.Indicators;
using Verksam.Web.Features.Organisation;

namespace Verksam.IntegrationTests.Features.Indicators;

public abstract class OutcomeEntryTests(AppFixture fixture) : IntegrationTest(fixture)
{
    private OrgUnit _lss = null!;
    private WebSession _manager = null!;
    private Indicator _caseload = null!;
    private Indicator _verdicts = null!;
    private Indicator _contact = null!;

    private string Path(string period = "2023-10") => $"/organisation/{_lss.Id}/utfall?period={period}";

    private async Task ArrangeAsync()
    {
        _lss = await Data.CreateUnitAsync("Myndighet LSS", OrgUnitKind.Unit, await Data.CreateUnitAsync("Äldre- och omsorgsförvaltningen", OrgUnitKind.Board, await Data.CreateUnitAsync("Tyresö kommun")));
        _caseload = await Data.CreateIndicatorAsync(_lss, "Ärendemängd per vuxenhandläggare", "Grönt: -55 brukare Gult: 56-65 Rött: 66 eller fler", splitBySex: true);
        _verdicts = await Data.CreateIndicatorAsync(_lss, "Andel domar enligt myndighetens förslag", "Grönt över 85 % Gult: 50-84 % Rött: 0-49 %", measurement: MeasurementKind.Ratio);
        _contact = await Data.CreateIndicatorAsync(_lss, "Kontakt med annan förvaltning", "G: 82-100% A: 19-81% R: 0-18%", measurement: MeasurementKind.Survey, answers: "Ja *\nNej\nInte haft behov *");
        await Data.CreateUserAsync("ec.lss", grants: (_lss, AccessLevel.Edit));
        _manager = await LoginAsync("ec.lss");
    }

    private int RowOf(WebSession.PageResult page, Indicator indicator) =>
        page.Document.QuerySelectorAll("input[name$='.IndicatorId']").Select((e, i) => (e, i)).Single(x => x.e.GetAttribute("value") == indicator.Id.ToString()).i;

    [Fact]
    public async Task Save_AllThreeKinds_ShowsEachColourInWords()
    {
        await ArrangeAsync();
        var page = await _manager.GetAsync(Path());
        var fields = new Dictionary<string, string>
        {
            [$"Rows[{RowOf(page, _caseload)}].Value"] = "60",
            [$"Rows[{RowOf(page, _caseload)}].ValueMen"] = "58",
            [$"Rows[{RowOf(page, _caseload)}].ValueWomen"] = "62",
            [$"Rows[{RowOf(page, _verdicts)}].Numerator"] = "27",
            [$"Rows[{RowOf(page, _verdicts)}].Denominator"] = "29",
            [$"Rows[{RowOf(page, _contact)}].Counts[0]"] = "7",
            [$"Rows[{RowOf(page, _contact)}].Counts[1]"] = "0",
            [$"Rows[{RowOf(page, _contact)}].Counts[2]"] = "4",
        };

        var saved = await _manager.SubmitAsync(page, fields, "main form[method=post]", Path());
        saved.Status.ShouldBe(HttpStatusCode.Redirect);
        var after = await _manager.GetAsync(Path());

        after.Document.QuerySelector(".notice--success")!.TextContent.ShouldBe("Utfallen för Okt 2023 är sparade.");
        string StatusOf(Indicator i) => after.Document.QuerySelectorAll("fieldset.entry-item")[RowOf(after, i)].QuerySelector(".entry-item__status")!.TextContent;
        StatusOf(_caseload).ShouldContain("Gul");
        StatusOf(_verdicts).ShouldContain("27 av 29 = 93 %");
        StatusOf(_verdicts).ShouldContain("Grön");
        StatusOf(_contact).ShouldContain("Ja: 7, Nej: 0, Inte haft behov: 4 = 100 %");
        var caseload = (await Data.OutcomesAsync(_caseload.Id)).ShouldHaveSingleItem();
        (caseload.Value, caseload.ValueMen, caseload.ValueWomen).ShouldBe((60m, 58m, 62m));
    }

    [Fact]
    public async Task Save_MarkedNotAssessed_KeepsTheOutcomeWithoutAColour_AndUnmarkingGivesItBack()
    {
        await ArrangeAsync();
        var page = await _manager.GetAsync(Path());
        var row = RowOf(page, _caseload);

        (await _manager.SubmitAsync(page, new Dictionary<string, string> { [$"Rows[{row}].Value"] = "60", [$"Rows[{row}].NotAssessed"] = "true" }, "main form[method=post]", Path())).Status.ShouldBe(HttpStatusCode.Redirect);
        var after = await _manager.GetAsync(Path());
        var status = WebSession.Squash(after.Document.QuerySelectorAll("fieldset.entry-item")[row].QuerySelector(".entry-item__status")!.TextContent);
        after.Document.QuerySelector($"#Rows_{row}__NotAssessed")!.HasAttribute("checked").ShouldBeTrue();

        status.ShouldContain("Sparat: 60");
        status.ShouldContain("Bedömning: Bedöms inte");
        status.ShouldNotContain("Gul");

        var unmarked = new Dictionary<string, string> { [$"Rows[{row}].Value"] = "60" };
        (await _manager.SubmitAsync(after, unmarked, "main form[method=post]", Path())).Status.ShouldBe(HttpStatusCode.Redirect);
        var again = await _manager.GetAsync(Path());
        WebSession.Squash(again.Document.QuerySelectorAll("fieldset.entry-item")[row].QuerySelector(".entry-item__status")!.TextContent).ShouldContain("Gul");
    }

    [Fact]
    public async Task Save_OneRowWithText_ShowsTheProblemKeepsTheTypingAndSavesNoRow()
    {
        await ArrangeAsync();
        var page = await _manager.GetAsync(Path());

        var result = await _manager.SubmitAsync(page, new Dictionary<string, string>
        {
            [$"Rows[{RowOf(page, _caseload)}].Value"] = "femtio",
            [$"Rows[{RowOf(page, _verdicts)}].Numerator"] = "27",
            [$"Rows[{RowOf(page, _verdicts)}].Denominator"] = "29",
        }, "main form[method=post]", Path());

        result.Status.ShouldBe(HttpStatusCode.OK);
        result.ErrorMessages.ShouldBe(["Ärendemängd per vuxenhandläggare: skriv ett tal, till exempel 93 eller 11,5 – ”femtio” är inte ett tal"]);
        result.Document.QuerySelector($"#Rows_{RowOf(page, _caseload)}__Value")!.GetAttribute("value").ShouldBe("femtio");
        result.Document.QuerySelector($"#Rows_{RowOf(page, _verdicts)}__Numerator")!.GetAttribute("value").ShouldBe("27");
        (await Data.OutcomeCountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Save_WithAnUnreadableNumberAndAnImpossibleRatio_ShowsBothAtOnce_InTheFormsOrder()
    {
        await ArrangeAsync();
        var page = await _manager.GetAsync(Path());

        var result = await _manager.SubmitAsync(page, new Dictionary<string, string>
        {
            [$"Rows[{RowOf(page, _caseload)}].Value"] = "femtio",
            [$"Rows[{RowOf(page, _verdicts)}].Numerator"] = "30",
            [$"Rows[{RowOf(page, _verdicts)}].Denominator"] = "29",
        }, "main form[method=post]", Path());

        result.Status.ShouldBe(HttpStatusCode.OK);
        var expected = new[]
        {
            (Row: RowOf(page, _caseload), Start: "Ärendemängd per vuxenhandläggare: skriv ett tal"),
            (Row: RowOf(page, _verdicts), Start: "Andel domar enligt myndighetens förslag: "),
        }.OrderBy(e => e.Row).Select(e => e.Start).ToList();
        result.ErrorMessages.Count.ShouldBe(2, string.Join(" | ", result.ErrorMessages));
        result.ErrorMessages[0].ShouldStartWith(expected[0]);
        result.ErrorMessages[1].ShouldStartWith(expected[1]);
        (await Data.OutcomeCountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Save_ANegativeShare_IsRefused_AndNothingIsSaved()
    {
        await ArrangeAsync();
        var page = await _manager.GetAsync(Path());

        var result = await _manager.SubmitAsync(page, new Dictionary<string, string> { [$"Rows[{RowOf(page, _caseload)}].Value"] = "-5" }, "main form[method=post]", Path());

        result.ErrorMessages.ShouldBe(["Ärendemängd per vuxenhandläggare: Utfallet kan inte vara mindre än 0 när det mäts i procent"]);
        (await Data.OutcomeCountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Save_RatioWithDenominatorZero_IsRefused()
    {
        await ArrangeAsync();
        var page = await _manager.GetAsync(Path());

        var result = await _manager.SubmitAsync(page, new Dictionary<string, string>
        {
            [$"Rows[{RowOf(page, _verdicts)}].Numerator"] = "3",
            [$"Rows[{RowOf(page, _verdicts)}].Denominator"] = "0",
        }, "main form[method=post]", Path());

        result.ErrorMessages.ShouldBe(["Andel domar enligt myndighetens förslag: Nämnaren måste vara större än 0"]);
        (await Data.OutcomeCountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Correction_KeepsHistoryOfWhoChangedWhat()
    {
        await ArrangeAsync();
        var page = await _manager.GetAsync(Path());
        var row = RowOf(page, _caseload);
        await _manager.SubmitAsync(page, new Dictionary<string, string> { [$"Rows[{row}].Value"] = "60" }, "main form[method=post]", Path());
        var again = await _manager.GetAsync(Path());

        await _manager.SubmitAsync(again, new Dictionary<string, string> { [$"Rows[{row}].Value"] = "54" }, "main form[method=post]", Path());

        var details = await _manager.GetAsync($"/indikatorer/{_caseload.Id}");
        var history = details.Document.QuerySelectorAll("main table")[^1].QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        history.Count.ShouldBe(2);
        WebSession.Squash(history[0]).ShouldContain("Utfall Okt 2023 ändrat Värde: 60 → 54");
        history[0].ShouldContain("Testperson ec.lss");
        WebSession.Squash(history[1]).ShouldContain("Utfall Okt 2023 skapat Värde: – → 60");
        (await Data.OutcomesAsync(_caseload.Id)).ShouldHaveSingleItem().Value.ShouldBe(54m);
    }

    [Fact]
    public async Task Save_BasedOnStaleOutcome_IsRefusedKeepsTypedValueAndTheNewerOne()
    {
        await ArrangeAsync();
        var page = await _manager.GetAsync(Path());
        var row = RowOf(page, _caseload);
        await _manager.SubmitAsync(page, new Dictionary<string, string> { [$"Rows[{row}].Value"] = "60" }, "main form[method=post]", Path());
        var mine = await _manager.GetAsync(Path());
        var other = await Data.CreateUserAsync("vu.lss", grants: (_lss, AccessLevel.Edit));
        var colleague = await LoginAsync(other.UserName!);
        await colleague.SubmitAsync(Path(), new Dictionary<string, string> { [$"Rows[{row}].Value"] = "52" }, "main form[method=post]");

        var result = await _manager.SubmitAsync(mine, new Dictionary<string, string> { [$"Rows[{row}].Value"] = "58" }, "main form[method=post]", Path());

        result.Status.ShouldBe(HttpStatusCode.OK);
        result.ErrorMessages.ShouldHaveSingleItem().ShouldContain("Sparat nu: 52");
        result.Document.QuerySelector($"#Rows_{row}__Value")!.GetAttribute("value").ShouldBe("58");
        (await Data.OutcomesAsync(_caseload.Id)).ShouldHaveSingleItem().Value.ShouldBe(52m);
    }

    [Fact]
    public async Task EmptyingARow_RemovesTheOutcomeAndAuditsIt()
    {
        await ArrangeAsync();
        var page = await _manager.GetAsync(Path());
        var row = RowOf(page, _caseload);
        await _manager.SubmitAsync(page, new Dictionary<string, string> { [$"Rows[{row}].Value"] = "60" }, "main form[method=post]", Path());

        await _manager.SubmitAsync(Path(), new Dictionary<string, string> { [$"Rows[{row}].Value"] = "" }, "main form[method=post]");

        (await Data.OutcomesAsync(_caseload.Id)).ShouldBeEmpty();
        (await Data.AuditEventsAsync()).ShouldContain(e => e.EntityType == nameof(Outcome) && e.Action == Verksam.Web.Shared.Auditing.AuditAction.Deleted);
    }
}

public sealed class OutcomeEntryTests_Sqlite(SqliteFixture fixture) : OutcomeEntryTests(fixture), IClassFixture<SqliteFixture>;

public sealed class OutcomeEntryTests_PostgreSql(PostgresFixture fixture) : OutcomeEntryTests(fixture), IClassFixture<PostgresFixture>;
