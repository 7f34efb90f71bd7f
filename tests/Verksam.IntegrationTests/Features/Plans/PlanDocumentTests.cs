using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Verksam.IntegrationTests.Infrastructure;
using Verksam.Web.Data;
using Verksam.Web.Features.Goals;
using Verksam.Web.Features.Organisation;

namespace Verksam.IntegrationTests.Features.Plans;

public abstract class PlanDocumentTests(AppFixture fixture) : IntegrationTest(fixture)
{
    private const string BoardNumber = "1.3.1";

    private OrgUnit _hemtjanst = null!;
    private Goal _unitGoal = null!;
    private WebSession _manager = null!;


    private async Task ArrangeAsync()
    {
        var stockholm = await Data.CreateUnitAsync("Stockholms stad");
        var board = await Data.CreateUnitAsync("Skarpnäcks stadsdelsnämnd", OrgUnitKind.Board, stockholm);
        var avdelning = await Data.CreateUnitAsync("Avdelning äldreomsorg", OrgUnitKind.Department, board);
        _hemtjanst = await Data.CreateUnitAsync("Skarpnäcks kommunala hemtjänst", OrgUnitKind.Unit, avdelning);
        var kf = await Data.CreateGoalAsync(stockholm, GoalLevel.CouncilDirection, "Ett Stockholm som håller samman med en stark och jämlik välfärd i hela staden", number: "1");
        var area = await Data.CreateGoalAsync(stockholm, GoalLevel.CouncilArea, "Stockholms stad ska ge stöd och omsorg där behoven är som störst", kf, number: "1.3");
        var boardGoal = await Data.CreateGoalAsync(board, GoalLevel.Board, "Barn, unga och vuxna har egna resurser att leva självständiga liv", area, number: "1.3.1");
        var department = await Data.CreateGoalAsync(avdelning, GoalLevel.Department, "Människor lever självständiga liv och är delaktiga i samhället", boardGoal, number: BoardNumber + ".1");
        _unitGoal = await Data.CreateGoalAsync(_hemtjanst, GoalLevel.Unit, "Personer som har insatser av hemtjänsten upplever delaktighet och inflytande", department);
        var indicator = await Data.CreateIndicatorAsync(_hemtjanst, "Andel omsorgstagare som upplever att de kan påverka hur hjälpen utförs", "G: 87-100% A: 70-86% R: 0-69%", annualTarget: 87);
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<VerksamDbContext>();
            db.GoalIndicators.Add(new GoalIndicator { GoalId = _unitGoal.Id, IndicatorId = indicator.Id, OrgUnitId = _hemtjanst.Id, Weight = 1 });
            db.Activities.Add(new Activity { Id = Guid.NewGuid(), GoalId = _unitGoal.Id, OrgUnitId = _hemtjanst.Id, Title = "Utbildning i social dokumentation", StartDate = new DateOnly(2023, 1, 1), EndDate = new DateOnly(2023, 12, 31), Version = Guid.NewGuid() });
            await db.SaveChangesAsync();
        }

        await Data.CreateUserAsync("ec.hemtjanst", grants: (_hemtjanst, AccessLevel.Edit));
        _manager = await LoginAsync("ec.hemtjanst");
    }

    [Fact]
    public async Task Document_ShowsSectionsThenTheNumberedCascadeThenClosingSections()
    {
        await ArrangeAsync();
        await _manager.SubmitAsync($"/organisation/{_hemtjanst.Id}/verksamhetsplan/avsnitt/uppdrag?ar=2023", new Dictionary<string, string> { ["Text"] = "Skarpnäcks kommunala hemtjänsts uppdrag är att utföra insatser utifrån biståndsbeslut." });

        var page = await _manager.GetAsync($"/organisation/{_hemtjanst.Id}/verksamhetsplan/dokument?ar=2023");

        var headings = page.Document.QuerySelectorAll(".document__heading").Select(h => WebSession.Squash(h.TextContent)).ToList();
        headings.Take(3).ShouldBe(["Inledning", "Enhetens uppdrag", "Målgrupp"]);
        headings.ShouldContain("Analys av 2022");
        headings.ShouldContain("Prioriteringar utifrån analys 2022 och budget 2023");
        headings.ShouldContain("KF:s inriktningsmål 1 Ett Stockholm som håller samman med en stark och jämlik välfärd i hela staden");
        headings.ShouldContain("KF:s mål för verksamhetsområdet 1.3 Stockholms stad ska ge stöd och omsorg där behoven är som störst");
        headings.ShouldContain("Nämndmål 1.3.1 Barn, unga och vuxna har egna resurser att leva självständiga liv");
        headings.ShouldContain("Avdelningsmål 1.3.1.1 Människor lever självständiga liv och är delaktiga i samhället");
        headings.ShouldContain("Enhetsmål 1.3.1.1.1 Personer som har insatser av hemtjänsten upplever delaktighet och inflytande");
        headings.IndexOf("Enhetens uppdrag").ShouldBeLessThan(headings.FindIndex(h => h.StartsWith("KF:s inriktningsmål", StringComparison.Ordinal)));
        headings.FindIndex(h => h.StartsWith("Enhetsmål", StringComparison.Ordinal)).ShouldBeLessThan(headings.IndexOf("Redovisning av ekonomi"));
        headings[^6..].ShouldBe(["Internkontroll", "Egenkontroll", "Rutiner för synpunkter och klagomål", "Avvikelsehantering", "Lex Sarah", "Övrigt kvalitetsarbete"]);
        page.Body.ShouldContain("Skarpnäcks kommunala hemtjänsts uppdrag är att utföra insatser");
        var tables = page.Document.QuerySelectorAll("table.document__table");
        WebSession.Squash(tables[0].QuerySelector("tbody tr")!.TextContent).ShouldBe("Andel omsorgstagare som upplever att de kan påverka hur hjälpen utförs 87 % Månad");
        WebSession.Squash(tables[1].QuerySelector("tbody tr")!.TextContent).ShouldBe("Utbildning i social dokumentation 2023-01-01 2023-12-31");
        page.Document.QuerySelector("link[media=print]").ShouldNotBeNull();
    }

    [Fact]
    public async Task Section_Markup_IsShownAsTextInTheDocument()
    {
        await ArrangeAsync();

        await _manager.SubmitAsync($"/organisation/{_hemtjanst.Id}/verksamhetsplan/avsnitt/malgrupp?ar=2023", new Dictionary<string, string> { ["Text"] = "<img src=x onerror=alert(1)> Brukare i Skarpnäck" });
        var page = await _manager.GetAsync($"/organisation/{_hemtjanst.Id}/verksamhetsplan/dokument?ar=2023");

        page.Document.QuerySelectorAll("main img").Length.ShouldBe(0);
        page.Body.ShouldContain("&lt;img src=x onerror=alert(1)&gt; Brukare i Skarpnäck");
    }

    [Fact]
    public async Task Section_TooLong_IsRefusedWithTheSectionNamed()
    {
        await ArrangeAsync();

        var result = await _manager.SubmitAsync($"/organisation/{_hemtjanst.Id}/verksamhetsplan/avsnitt/organisation?ar=2023", new Dictionary<string, string> { ["Text"] = new string('x', 10_001) });

        result.ErrorMessages.ShouldBe(["Organisation: texten får vara högst 10\u00A0000 tecken. Den du skrev är 10\u00A0001 tecken – korta den eller dela upp den."]);
        result.Document.QuerySelector("#Text")!.TextContent.Length.ShouldBe(10_001);
    }

    [Fact]
    public async Task Section_StaleSave_IsRefusedAndKeepsBoth()
    {
        await ArrangeAsync();
        var path = $"/organisation/{_hemtjanst.Id}/verksamhetsplan/avsnitt/analys?ar=2023";
        await _manager.SubmitAsync(path, new Dictionary<string, string> { ["Text"] = "Första versionen" });
        var mine = await _manager.GetAsync(path);
        var other = await Data.CreateUserAsync("vu.hemtjanst", grants: (_hemtjanst, AccessLevel.Edit));
        var colleague = await LoginAsync(other.UserName!);
        await colleague.SubmitAsync(path, new Dictionary<string, string> { ["Text"] = "Kollegans version" });

        var result = await _manager.SubmitAsync(mine, new Dictionary<string, string> { ["Text"] = "Min version" }, "main form", path);

        result.ErrorMessages.ShouldHaveSingleItem().ShouldStartWith("Någon annan har sparat");
        result.Document.QuerySelector("#Text")!.TextContent.Trim().ShouldBe("Min version");
        (await _manager.GetAsync($"/organisation/{_hemtjanst.Id}/verksamhetsplan/dokument?ar=2023")).Body.ShouldContain("Kollegans version");
    }

    [Fact]
    public async Task SectionText_WithAPersonalIdentityNumber_IsRefused_AndNothingSaved()
    {
        await ArrangeAsync();
        var path = $"/organisation/{_hemtjanst.Id}/verksamhetsplan/avsnitt/analys?ar=2023";

        var refused = await _manager.SubmitAsync(path, new Dictionary<string, string> { ["Text"] = "Kunden (811218-9876) har fått ny kontaktman." });

        refused.ErrorMessages.ShouldBe(["Analys av 2022: texten innehåller ett personnummer. Planer och rapporter lämnas till nämnden och blir allmänna handlingar: skriv inte personnummer i dem."], "the message names the section");
        refused.Document.QuerySelector("#Text")!.TextContent.Trim().ShouldBe("Kunden (811218-9876) har fått ny kontaktman.");
        (await _manager.GetAsync($"/organisation/{_hemtjanst.Id}/verksamhetsplan/dokument?ar=2023")).Body.ShouldNotContain("811218-9876");
    }

    [Fact]
    public async Task OtherUnitsPlan_Is404()
    {
        await ArrangeAsync();
        var huddinge = await Data.CreateUnitAsync("Huddinge kommun");

        (await _manager.GetAsync($"/organisation/{huddinge.Id}/verksamhetsplan")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await _manager.GetAsync($"/organisation/{huddinge.Id}/verksamhetsplan/dokument?ar=2023")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await _manager.GetAsync($"/organisation/{huddinge.Id}/verksamhetsplan/avsnitt/uppdrag")).Status.ShouldBe(HttpStatusCode.NotFound);
    }
}

public sealed class PlanDocumentTests_Sqlite(SqliteFixture fixture) : PlanDocumentTests(fixture), IClassFixture<SqliteFixture>;

public sealed class PlanDocumentTests_PostgreSql(PostgresFixture fixture) : PlanDocumentTests(fixture), IClassFixture<PostgresFixture>;
