using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Verksam.IntegrationTests.Infrastructure;
using Verksam.Web.Data;
using Verksam.Web.Features.Goals;
using Verksam.Web.Features.Indicators;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Shared.Auditing;
using Verksam.Web.Shared.Validation;

namespace Verksam.IntegrationTests.Shared;

/// <summary>
/// Issue 17, item 5: a free text that reaches a plan, a report or the audit log refuses a personal identity number with
/// a message naming the field, and the audit log keeps only that a free text changed, never the text.
/// </summary>
public abstract class FreeTextTests(AppFixture fixture) : IntegrationTest(fixture)
{
    /// <summary>Skatteverket's test number: a real date and a valid check digit.</summary>
    private const string Number = "19121212-1212";

    private const string Refusal = ": texten innehåller ett personnummer. Ta bort det – personuppgifter hör inte hemma här, och texten kan komma med i planer och rapporter som lämnas till nämnden och blir allmänna handlingar.";

    private OrgUnit _unit = null!;
    private WebSession _manager = null!;

    private async Task ArrangeAsync()
    {
        _unit = await Data.CreateUnitAsync("Myndighet LSS", OrgUnitKind.Unit, await Data.CreateUnitAsync("Äldre- och omsorgsförvaltningen", OrgUnitKind.Board, await Data.CreateUnitAsync("Tyresö kommun")));
        await Data.CreateUserAsync("ec.lss", grants: (_unit, AccessLevel.Edit));
        _manager = await LoginAsync("ec.lss");
    }

    private static Dictionary<string, string> GoalForm(string title, string description) => new()
    {
        ["Input.Title"] = title,
        ["Input.Texts[Description]"] = description,
    };

    private static Dictionary<string, string> IndicatorForm(string description) => new()
    {
        ["Input.Name"] = "Handläggningstid",
        ["Input.Description"] = description,
        ["Input.Measurement"] = "Value",
        ["Input.Unit"] = "Count",
        ["Input.Decimals"] = "0",
        ["Input.Periodicity"] = "Month",
        ["Input.ScaleMode"] = "Notation",
        ["Input.ScaleNotation"] = "G: 0-30 A: 31-60 R: 61 eller fler",
        ["Input.Direction"] = "Lower",
    };

    [Fact]
    public async Task GoalText_WithAPersonalIdentityNumber_IsRefusedNamingTheField_AndNothingChanges()
    {
        await ArrangeAsync();
        var goal = await Data.CreateGoalAsync(_unit, GoalLevel.Unit, "Brukarna är delaktiga");
        var audited = await Data.AuditCountAsync();

        var refused = await _manager.SubmitAsync($"/mal/{goal.Id}/andra", GoalForm("Brukarna är delaktiga", $"Som för brukaren {Number} ska alla ha en genomförandeplan."));

        refused.Status.ShouldBe(HttpStatusCode.OK);
        refused.ErrorMessages.ShouldBe(["Beskrivning" + Refusal]);
        refused.Document.QuerySelector("#Input_Texts_Description_")!.TextContent.ShouldContain(Number, customMessage: "the typed text is kept in the form to correct");
        (await Data.FindGoalAsync(goal.Id)).Description.ShouldBeNull();
        (await Data.AuditCountAsync()).ShouldBe(audited);
    }

    [Fact]
    public async Task RiskDescription_WithAPersonalIdentityNumber_IsRefusedNamingTheField_AndNothingIsStored()
    {
        await ArrangeAsync();

        var refused = await _manager.SubmitAsync($"/organisation/{_unit.Id}/risk?ar=2023", new Dictionary<string, string>
        {
            ["Input.Description"] = $"Fallrisk för brukaren 121212-1212 vid förflyttning",
        });

        refused.Status.ShouldBe(HttpStatusCode.OK);
        refused.ErrorMessages.ShouldBe(["Risk" + Refusal]);
        (await WithDbAsync(db => db.Risks.CountAsync())).ShouldBe(0);
        (await Data.AuditEventsAsync()).ShouldNotContain(e => e.EntityType == "Risk");
    }

    [Fact]
    public async Task IndicatorDescription_WithAPersonalIdentityNumber_IsRefusedNamingTheField_AndNothingChanges()
    {
        await ArrangeAsync();
        var indicator = await Data.CreateIndicatorAsync(_unit, "Handläggningstid", "G: 0-30 A: 31-60 R: 61 eller fler");
        var audited = await Data.AuditCountAsync();

        var refused = await _manager.SubmitAsync($"/indikatorer/{indicator.Id}/andra", IndicatorForm($"Mäts från ansökan, se ärendet för {Number.Replace("-", string.Empty, StringComparison.Ordinal)}."));

        refused.Status.ShouldBe(HttpStatusCode.OK);
        refused.ErrorMessages.ShouldBe(["Beskrivning" + Refusal]);
        (await Data.FindIndicatorAsync(indicator.Id)).Description.ShouldBeNull();
        (await Data.AuditCountAsync()).ShouldBe(audited);
    }

    [Fact]
    public async Task OutcomeImport_WithAPersonalIdentityNumberInOneComment_ImportsNoRow_AndNamesTheRow()
    {
        await ArrangeAsync();
        await Data.CreateIndicatorAsync(_unit, "Handläggningstid", "G: 0-30 A: 31-60 R: 61 eller fler");
        var csv = "Enhet;Indikator;Period;Värde;Kommentar\n"
            + "Myndighet LSS;Handläggningstid;2023-01;28;Inom målet\n"
            + $"Myndighet LSS;Handläggningstid;2023-02;35;Ett ärende ({Number}) drog ut på tiden\n"
            + "Myndighet LSS;Handläggningstid;2023-03;29;\n";

        var page = await _manager.GetAsync($"/organisation/{_unit.Id}/utfall/importera");
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(page.Document.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken");
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "Upload", "utfall.csv");
        var result = await WebSession.PageResult.FromAsync(await _manager.Client.PostAsync($"/organisation/{_unit.Id}/utfall/importera", form));

        var problem = result.Document.QuerySelectorAll(".notice--warning tbody tr").Select(r => WebSession.Squash(r.TextContent)).ShouldHaveSingleItem();
        problem.ShouldContain("3");
        problem.ShouldContain("Kommentar" + Refusal);
        (await Data.OutcomeCountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task EveryFreeText_HasTheOneLimit_AtItATextIsStored_AndOneCharacterMoreIsRefusedNamingTheField()
    {
        await ArrangeAsync();
        var indicator = await Data.CreateIndicatorAsync(_unit, "Handläggningstid", "G: 0-30 A: 31-60 R: 61 eller fler");
        var atTheLimit = new string('a', FreeText.MaxLength);
        var riskUrl = $"/organisation/{_unit.Id}/risk?ar=2023";

        // A risk took 2,000 characters and an indicator's description 4,000 before; now each takes the one limit.
        (await _manager.SubmitAsync(riskUrl, new Dictionary<string, string> { ["Input.Description"] = atTheLimit })).Status.ShouldBe(HttpStatusCode.Redirect);
        (await _manager.SubmitAsync($"/indikatorer/{indicator.Id}/andra", IndicatorForm(atTheLimit))).Status.ShouldBe(HttpStatusCode.Redirect);
        (await WithDbAsync(db => db.Risks.Select(r => r.Description).SingleAsync())).Length.ShouldBe(FreeText.MaxLength);
        (await Data.FindIndicatorAsync(indicator.Id)).Description!.Length.ShouldBe(FreeText.MaxLength);

        var audited = await Data.AuditCountAsync();
        var refused = await _manager.SubmitAsync(riskUrl, new Dictionary<string, string> { ["Input.Description"] = atTheLimit + "b" });
        refused.Status.ShouldBe(HttpStatusCode.OK);
        refused.ErrorMessages.ShouldBe(["Risk: texten får vara högst 10\u00A0000 tecken. Den du skrev är 10\u00A0001 tecken – korta den eller dela upp den."]);
        refused.Document.QuerySelector("#Input_Description")!.TextContent.Length.ShouldBe(FreeText.MaxLength + 1, "the text is kept in the form to shorten");
        (await WithDbAsync(db => db.Risks.CountAsync())).ShouldBe(1);
        (await Data.AuditCountAsync()).ShouldBe(audited);
    }

    [Fact]
    public async Task EveryTextArea_CarriesItsLimitForTheCounter_TheOneLimitUnlessItIsANameOrATitle()
    {
        await ArrangeAsync();
        var indicator = await Data.CreateIndicatorAsync(_unit, "Handläggningstid", "G: 0-30 A: 31-60 R: 61 eller fler");
        var goal = await Data.CreateGoalAsync(_unit, GoalLevel.Unit, "Brukarna är delaktiga");

        var areas = new List<AngleSharp.Dom.IElement>();
        foreach (var url in new[] { $"/organisation/{_unit.Id}/risk?ar=2023", $"/indikatorer/{indicator.Id}/andra", $"/mal/{goal.Id}/andra", $"/organisation/{_unit.Id}/uppfoljning/2023-10" })
        {
            var page = await _manager.GetAsync(url);
            page.Status.ShouldBe(HttpStatusCode.OK, url);
            areas.AddRange(page.Document.QuerySelectorAll("main textarea"));
        }

        areas.Count.ShouldBeGreaterThan(10);
        var limits = areas.ToLookup(a => a.GetAttribute("data-limit"), a => a.GetAttribute("name"));
        limits["400"].ShouldBe(["Input.Name"]);
        limits["1000"].ShouldBe(["Input.Title"]);
        limits["none"].ShouldBe(["Input.SurveyAnswers"], "the answer options are a list, not a text");
        limits[FreeText.MaxLength.ToString(CultureInfo.InvariantCulture)].Count().ShouldBe(areas.Count - 3);
    }

    [Fact]
    public async Task AcceptedChangeOfAFreeText_LeavesNeitherTheOldNorTheNewTextInTheAuditLog_OnlyThatItChanged()
    {
        await ArrangeAsync();
        var goal = await Data.CreateGoalAsync(_unit, GoalLevel.Unit, "Brukarna är delaktiga");
        var indicator = await Data.CreateIndicatorAsync(_unit, "Handläggningstid", "G: 0-30 A: 31-60 R: 61 eller fler");
        var riskUrl = $"/organisation/{_unit.Id}/risk?ar=2023";
        (await _manager.SubmitAsync(riskUrl, new Dictionary<string, string> { ["Input.Description"] = "Old risk text Alpha" })).Status.ShouldBe(HttpStatusCode.Redirect);
        var riskId = await WithDbAsync(db => db.Risks.Select(r => r.Id).SingleAsync());
        (await _manager.SubmitAsync($"/mal/{goal.Id}/andra", GoalForm("Brukarna är delaktiga", "Old goal text Alpha"))).Status.ShouldBe(HttpStatusCode.Redirect);
        (await _manager.SubmitAsync($"/indikatorer/{indicator.Id}/andra", IndicatorForm("Old indicator text Alpha"))).Status.ShouldBe(HttpStatusCode.Redirect);

        (await _manager.SubmitAsync($"/mal/{goal.Id}/andra", GoalForm("Brukarna är delaktiga i sin vardag", "New goal text Omega"))).Status.ShouldBe(HttpStatusCode.Redirect);
        (await _manager.SubmitAsync($"/indikatorer/{indicator.Id}/andra", IndicatorForm("New indicator text Omega"))).Status.ShouldBe(HttpStatusCode.Redirect);
        (await _manager.SubmitAsync($"/organisation/{_unit.Id}/risk/{riskId}", new Dictionary<string, string> { ["Input.Description"] = "New risk text Omega" })).Status.ShouldBe(HttpStatusCode.Redirect);

        (await Data.FindGoalAsync(goal.Id)).Description.ShouldBe("New goal text Omega");
        var events = await Data.AuditEventsAsync();
        foreach (var e in events)
        {
            e.Changes.ShouldNotContain("Alpha", customMessage: $"{e.Action} {e.EntityType}");
            e.Changes.ShouldNotContain("Omega", customMessage: $"{e.Action} {e.EntityType}");
        }

        var hidden = new AuditChange(SensitiveTextAttribute.Placeholder, SensitiveTextAttribute.Placeholder);
        var goalChange = events.Last(e => e.EntityType == nameof(Goal)).ReadChanges();
        goalChange["Description"].ShouldBe(hidden);
        goalChange["Title"].ShouldBe(new AuditChange("Brukarna är delaktiga", "Brukarna är delaktiga i sin vardag"), "a title says which goal changed and stays");
        events.Last(e => e.EntityType == nameof(Indicator)).ReadChanges()["Description"].ShouldBe(hidden);
        events.Last(e => e.EntityType == "Risk").ReadChanges()["Description"].ShouldBe(hidden);

        await Data.CreateUserAsync("admin", isAdministrator: true);
        var log = WebSession.Squash((await (await LoginAsync("admin")).GetAsync($"/organisation/{_unit.Id}/logg")).Document.QuerySelector("main table")!.TextContent);
        log.ShouldContain("Beskrivning ändrades");
        log.ShouldContain("Målet: Brukarna är delaktiga → Brukarna är delaktiga i sin vardag");
        log.ShouldContain("Risk skrevs in");
        log.ShouldNotContain(SensitiveTextAttribute.Placeholder);
    }
}

public sealed class FreeTextTests_Sqlite(SqliteFixture fixture) : FreeTextTests(fixture), IClassFixture<SqliteFixture>;

public sealed class FreeTextTests_PostgreSql(PostgresFixture fixture) : FreeTextTests(fixture), IClassFixture<PostgresFixture>;
