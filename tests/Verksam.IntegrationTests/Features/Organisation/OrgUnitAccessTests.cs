using System.Net;
using System.Net.Http.Json;
using Verksam.IntegrationTests.Infrastructure;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Shared.Auditing;

namespace Verksam.IntegrationTests.Features.Organisation;

public abstract class OrgUnitAccessTests(AppFixture fixture) : IntegrationTest(fixture)
{
    private OrgUnit _tyreso = null!;
    private OrgUnit _tyresoLss = null!;
    private OrgUnit _stockholm = null!;
    private OrgUnit _skarpnack = null!;
    private OrgUnit _hemtjanst = null!;

    private async Task ArrangeTwoMunicipalitiesAsync()
    {
        _tyreso = await Data.CreateUnitAsync("Tyresö kommun");
        var forvaltning = await Data.CreateUnitAsync("Äldre- och omsorgsförvaltningen", OrgUnitKind.Board, _tyreso);
        _tyresoLss = await Data.CreateUnitAsync("Myndighet LSS", OrgUnitKind.Unit, forvaltning);
        _stockholm = await Data.CreateUnitAsync("Stockholms stad");
        _skarpnack = await Data.CreateUnitAsync("Skarpnäcks stadsdelsnämnd", OrgUnitKind.Board, _stockholm);
        var avdelning = await Data.CreateUnitAsync("Avdelning äldreomsorg", OrgUnitKind.Department, _skarpnack);
        _hemtjanst = await Data.CreateUnitAsync("Skarpnäcks kommunala hemtjänst", OrgUnitKind.Unit, avdelning);
        await Data.CreateUserAsync("skarpnack", grants: (_skarpnack, AccessLevel.Edit));
        await Data.CreateUserAsync("admin", isAdministrator: true);
    }

    [Fact]
    public async Task Tree_ForUserOfOneBoard_ShowsExactlyTheGrantedSubtree()
    {
        await ArrangeTwoMunicipalitiesAsync();
        var session = await LoginAsync("skarpnack");

        var page = await session.GetAsync("/organisation");

        var names = page.Document.QuerySelectorAll(".org-tree a").Select(a => a.TextContent.Trim()).ToList();
        names.ShouldBe(["Skarpnäcks stadsdelsnämnd", "Avdelning äldreomsorg", "Skarpnäcks kommunala hemtjänst"]);
        page.Body.ShouldNotContain("Tyresö");
        page.Body.ShouldNotContain("Myndighet LSS");
    }

    [Fact]
    public async Task Tree_ForAdministrator_ShowsEveryUnit()
    {
        await ArrangeTwoMunicipalitiesAsync();
        var session = await LoginAsync("admin");

        var page = await session.GetAsync("/organisation");

        page.Document.QuerySelectorAll(".org-tree a").Length.ShouldBe(7);
    }

    [Fact]
    public async Task Get_OtherMunicipalitysUnit_Is404AndTheDenialIsAudited()
    {
        await ArrangeTwoMunicipalitiesAsync();
        var session = await LoginAsync("skarpnack");

        var page = await session.GetAsync($"/organisation/{_tyresoLss.Id}");

        page.Status.ShouldBe(HttpStatusCode.NotFound);
        page.Body.ShouldNotContain("Myndighet LSS");
        var denial = (await Data.AuditEventsAsync()).Where(e => e.Action == AuditAction.AccessDenied).ShouldHaveSingleItem();
        denial.OrgUnitId.ShouldBe(_tyresoLss.Id);
    }

    [Fact]
    public async Task Api_OtherMunicipalitysUnit_Is404AndListShowsOnlyGranted()
    {
        await ArrangeTwoMunicipalitiesAsync();
        var session = await LoginAsync("skarpnack");

        var single = await session.Client.GetAsync($"/api/org-units/{_tyreso.Id}");
        var list = await session.Client.GetFromJsonAsync<List<UnitJson>>("/api/org-units");

        single.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        list!.Select(u => u.Name).Order().ShouldBe(["Avdelning äldreomsorg", "Skarpnäcks kommunala hemtjänst", "Skarpnäcks stadsdelsnämnd"]);
    }

    [Fact]
    public async Task Api_WithoutLogin_Is401NotARedirect()
    {
        await ArrangeTwoMunicipalitiesAsync();

        var response = await NewSession().Client.GetAsync("/api/org-units");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Page_WithoutLogin_RedirectsToLogin()
    {
        var page = await NewSession().GetAsync("/organisation");

        page.Status.ShouldBe(HttpStatusCode.Redirect);
        page.Location!.ShouldContain("/logga-in");
    }

    [Fact]
    public async Task Rename_OtherMunicipalitysUnit_Is404AndChangesNothing()
    {
        await ArrangeTwoMunicipalitiesAsync();
        var admin = await LoginAsync("admin");
        var form = await admin.GetAsync($"/organisation/{_tyreso.Id}/byt-namn");
        var session = await LoginAsync("skarpnack");
        var before = await Data.AuditCountAsync();

        // The Skarpnäck user replays a rename form for Tyresö with a valid token of their own session.
        var ownForm = await session.GetAsync("/konto/byt-losenord");
        var token = ownForm.Document.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var result = await session.PostWithoutTokenAsync($"/organisation/{_tyreso.Id}/byt-namn", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Version"] = form.Document.QuerySelector("input[name=Version]")!.GetAttribute("value")!,
            ["Input.Name"] = "Kapad kommun",
        });

        result.Status.ShouldBe(HttpStatusCode.NotFound);
        (await Data.FindUnitAsync(_tyreso.Id)).Name.ShouldBe("Tyresö kommun");
        var events = await Data.AuditEventsAsync();
        events.Count.ShouldBe(before + 1);
        events[^1].Action.ShouldBe(AuditAction.AccessDenied);
    }

    [Fact]
    public async Task Rename_ByUnitEditorWhoIsNotAdministrator_IsForbiddenAndChangesNothing()
    {
        await ArrangeTwoMunicipalitiesAsync();
        var session = await LoginAsync("skarpnack");

        var page = await session.GetAsync($"/organisation/{_hemtjanst.Id}/byt-namn");

        page.Status.ShouldBe(HttpStatusCode.Redirect);
        page.Location!.ShouldContain("/status/403");
    }

    private sealed record UnitJson(Guid Id, string Name, string Kind);
}

public sealed class OrgUnitAccessTests_Sqlite(SqliteFixture fixture) : OrgUnitAccessTests(fixture), IClassFixture<SqliteFixture>;

public sealed class OrgUnitAccessTests_PostgreSql(PostgresFixture fixture) : OrgUnitAccessTests(fixture), IClassFixture<PostgresFixture>;
