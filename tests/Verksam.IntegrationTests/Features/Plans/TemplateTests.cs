using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verksam.IntegrationTests.Infrastructure;
using Verksam.Web.Data;
using Verksam.Web.Features.Organisation;

namespace Verksam.IntegrationTests.Features.Plans;

public abstract class TemplateTests(AppFixture fixture) : IntegrationTest(fixture)
{
    private OrgUnit _stockholm = null!;
    private OrgUnit _hemtjanst = null!;
    private WebSession _admin = null!;
    private WebSession _manager = null!;


    private async Task ArrangeAsync()
    {
        _stockholm = await Data.CreateUnitAsync("Stockholms stad");
        _hemtjanst = await Data.CreateUnitAsync("Skarpnäcks kommunala hemtjänst", OrgUnitKind.Unit, await Data.CreateUnitAsync("Skarpnäcks stadsdelsnämnd", OrgUnitKind.Board, _stockholm));
        await Data.CreateUserAsync("admin", isAdministrator: true);
        await Data.CreateUserAsync("ec.hemtjanst", grants: (_hemtjanst, AccessLevel.Edit));
        _admin = await LoginAsync("admin");
        _manager = await LoginAsync("ec.hemtjanst");
    }

    private async Task<Guid> SectionIdAsync(string key)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<VerksamDbContext>().ReportTemplateSections.Where(s => s.Key == key).Select(s => s.Id).SingleAsync();
    }

    private string Templates => $"/admin/kommuner/{_stockholm.Id}/mallar";

    private async Task<List<string>> PlanHeadingsAsync() =>
        (await _manager.GetAsync($"/organisation/{_hemtjanst.Id}/verksamhetsplan/dokument?ar=2023")).Document
            .QuerySelectorAll(".document__heading").Select(h => WebSession.Squash(h.TextContent)).ToList();

    [Fact]
    public async Task DocumentText_IsPrintedUnderTheSectionsHeading_AndTooLongOrAPersonalIdentityNumberIsRefused()
    {
        await ArrangeAsync();
        (await _admin.SubmitAsync(Templates, WebSession.NoFields, "form[action*=Copy]")).Status.ShouldBe(HttpStatusCode.Redirect);
        var section = $"/admin/mallar/avsnitt/{await SectionIdAsync("uppdrag")}";
        Dictionary<string, string> Form(string text) => new() { ["Input.Title"] = "Enhetens uppdrag", ["Input.Level"] = "2", ["Input.DocumentText"] = text };
        var audited = await Data.AuditCountAsync();

        var tooLong = await _admin.SubmitAsync(section, Form(new string('a', 10_001)));
        var number = await _admin.SubmitAsync(section, Form("Instruktioner: gäller 19121212-1212."));

        tooLong.Status.ShouldBe(HttpStatusCode.OK);
        tooLong.ErrorMessages.ShouldBe(["Text i dokumentet: texten får vara högst 10\u00A0000 tecken. Den du skrev är 10\u00A0001 tecken – korta den eller dela upp den."]);
        number.ErrorMessages.ShouldHaveSingleItem().ShouldStartWith("Text i dokumentet: texten innehåller ett personnummer.");
        number.Document.QuerySelector("#Input_DocumentText")!.TextContent.ShouldContain("19121212-1212", customMessage: "the typed text is kept to correct");
        (await Data.AuditCountAsync()).ShouldBe(audited);

        var saved = await _admin.SubmitAsync(section, Form("Instruktioner:\nBeskriv uppdraget med lagrum."));

        saved.Status.ShouldBe(HttpStatusCode.Redirect, string.Join(" ", saved.ErrorMessages));
        (await Data.AuditCountAsync()).ShouldBeGreaterThan(audited);
        var document = await _manager.GetAsync($"/organisation/{_hemtjanst.Id}/verksamhetsplan/dokument?ar=2023");
        var blocks = document.Document.QuerySelectorAll(".document__heading, .document p").Select(e => WebSession.Squash(string.Join(" ", e.ChildNodes.Select(n => n.TextContent)))).ToList();
        blocks[blocks.IndexOf("Enhetens uppdrag") + 1].ShouldBe("Instruktioner: Beskriv uppdraget med lagrum.");
    }

    [Fact]
    public async Task AdministratorChangesTheMunicipalitysTemplate_PlansFollowAndTextsStay()
    {
        await ArrangeAsync();
        await _manager.SubmitAsync($"/organisation/{_hemtjanst.Id}/verksamhetsplan/avsnitt/analys?ar=2023", new Dictionary<string, string> { ["Text"] = "Analysens text." });

        (await _admin.SubmitAsync(Templates, WebSession.NoFields, "form[action*=Copy]")).Status.ShouldBe(HttpStatusCode.Redirect);
        var analys = await SectionIdAsync("analys");
        var rename = await _admin.SubmitAsync($"/admin/mallar/avsnitt/{analys}", new Dictionary<string, string> { ["Input.Title"] = "Uppföljning av {1}", ["Input.Level"] = "2", ["Input.Instruction"] = "Vad visade året?" });
        var page = await _admin.GetAsync(Templates);
        await _admin.SubmitAsync(page, new Dictionary<string, string> { ["sectionId"] = (await SectionIdAsync("agenda-2030")).ToString() }, "main table form.button-group", Templates + "?handler=Up");
        await _admin.SubmitAsync(await _admin.GetAsync(Templates), new Dictionary<string, string> { ["sectionId"] = (await SectionIdAsync("lex-sarah")).ToString() }, "main table form.button-group", Templates + "?handler=Remove");
        await _admin.SubmitAsync(Templates, new Dictionary<string, string> { ["Input.Title"] = "Barnrättsperspektivet", ["Input.Placement"] = "AfterGoals", ["Input.Level"] = "1" }, "form[action*=Add]");

        rename.Status.ShouldBe(HttpStatusCode.Redirect);
        var headings = await PlanHeadingsAsync();
        headings.ShouldContain("Uppföljning av 2022");
        headings.ShouldNotContain("Analys av 2022");
        headings.IndexOf("Agenda 2030").ShouldBeLessThan(headings.IndexOf("Kvalitetsprogrammet"));
        headings.ShouldNotContain("Lex Sarah");
        headings[^1].ShouldBe("Barnrättsperspektivet");
        (await _manager.GetAsync($"/organisation/{_hemtjanst.Id}/verksamhetsplan/dokument?ar=2023")).Body.ShouldContain("Analysens text.");
    }

    [Fact]
    public async Task SectionTitle_WithStrayBraces_IsRefused()
    {
        await ArrangeAsync();
        await _admin.SubmitAsync(Templates, WebSession.NoFields, "form[action*=Copy]");

        var result = await _admin.SubmitAsync($"/admin/mallar/avsnitt/{await SectionIdAsync("uppdrag")}", new Dictionary<string, string> { ["Input.Title"] = "Uppdrag {år}", ["Input.Level"] = "2" });

        result.ErrorMessages.ShouldBe(["Använd klamrar bara som {0} för dokumentets år och {1} för året före"]);
        (await PlanHeadingsAsync()).ShouldContain("Enhetens uppdrag");
    }

    [Fact]
    public async Task TheTemplateEditor_ShowsTitlesAsTheDocumentPrintsThem_UnderTheHeadingOfTheTemplateEdited()
    {
        await ArrangeAsync();
        await _admin.SubmitAsync(Templates, WebSession.NoFields, "form[action*=Copy]");
        var year = DateTime.Now.Year;

        var plan = await _admin.GetAsync(Templates);
        var monthly = await _admin.GetAsync(Templates + "?rapport=MonthlyReport");

        var tables = WebSession.Squash(string.Concat(plan.Document.QuerySelectorAll("main table").Select(t => t.TextContent)));
        tables.ShouldContain($"Analys av {year - 1}");
        tables.ShouldContain($"Prioriteringar utifrån analys {year - 1} och budget {year}");
        tables.ShouldNotContain("{");
        WebSession.Squash(plan.Document.QuerySelector("main")!.TextContent).ShouldContain("årtalet följer dokumentets år");
        WebSession.Squash(plan.Document.QuerySelector("h1")!.TextContent).ShouldEndWith("Mall för verksamhetsplan");
        var heading = WebSession.Squash(monthly.Document.QuerySelector("h1")!.TextContent);
        heading.ShouldEndWith("Mall för månadsrapport");
        heading.ShouldNotContain("verksamhetsplan");
        monthly.Document.Title!.ShouldStartWith("Mall för månadsrapport");
    }

    [Fact]
    public async Task TheTitlesHint_GivesOneExample_TheSectionsOwnWhenItsTitleNamesTheYear()
    {
        await ArrangeAsync();
        await _admin.SubmitAsync(Templates, WebSession.NoFields, "form[action*=Copy]");
        var year = DateTime.Now.Year;

        var analys = WebSession.Squash((await _admin.GetAsync($"/admin/mallar/avsnitt/{await SectionIdAsync("analys")}")).Document.QuerySelector("#title-hint")!.TextContent);
        var uppdrag = WebSession.Squash((await _admin.GetAsync($"/admin/mallar/avsnitt/{await SectionIdAsync("uppdrag")}")).Document.QuerySelector("#title-hint")!.TextContent);

        analys.ShouldBe($"Där rubriken ska nämna ett år skriver du {{0}} för dokumentets år och {{1}} för året före. I dokumentet för {year} blir rubriken ”Analys av {year - 1}”.");
        uppdrag.ShouldBe($"Där rubriken ska nämna ett år skriver du {{0}} för dokumentets år och {{1}} för året före. Till exempel står det ”Analys av {year - 1}” i dokumentet för {year} där rubriken är ”Analys av {{1}}”.");
    }

    [Fact]
    public async Task ASection_MovesToAnyPlaceInOnePost()
    {
        await ArrangeAsync();
        await _admin.SubmitAsync(Templates, WebSession.NoFields, "form[action*=Copy]");
        var before = await BeforeGoalsKeysAsync();
        var last = before[^1];

        var moved = await _admin.SubmitAsync(await _admin.GetAsync(Templates), new Dictionary<string, string> { ["sectionId"] = (await SectionIdAsync(last)).ToString(), ["position"] = "1" }, "form[action*=MoveTo]", Templates + "?handler=MoveTo");

        moved.Status.ShouldBe(HttpStatusCode.Redirect);
        (await BeforeGoalsKeysAsync()).ShouldBe(before.Take(before.Count - 1).Prepend(last).ToList());
    }

    private async Task<List<string>> BeforeGoalsKeysAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<VerksamDbContext>().ReportTemplateSections
            .Where(s => s.MunicipalityId == _stockholm.Id && s.Placement == Verksam.Web.Features.Plans.SectionPlacement.BeforeGoals)
            .OrderBy(s => s.SortOrder).Select(s => s.Key).ToListAsync();
    }

    [Fact]
    public async Task UnitManager_CannotChangeTemplates()
    {
        await ArrangeAsync();

        var page = await _manager.GetAsync(Templates);

        page.Status.ShouldBe(HttpStatusCode.Redirect);
        page.Location!.ShouldContain("/status/403");
    }
}

public sealed class TemplateTests_Sqlite(SqliteFixture fixture) : TemplateTests(fixture), IClassFixture<SqliteFixture>;

public sealed class TemplateTests_PostgreSql(PostgresFixture fixture) : TemplateTests(fixture), IClassFixture<PostgresFixture>;
