using System.Net;
using System.Text.Json;
using Verksam.IntegrationTests.Infrastructure;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Shared.Auditing;

namespace Verksam.IntegrationTests.Features.Organisation;

public abstract class OrgUnitAdminTests(AppFixture fixture) : IntegrationTest(fixture)
{
    private OrgUnit _stockholm = null!;
    private OrgUnit _skarpnack = null!;
    private OrgUnit _avdelning = null!;
    private OrgUnit _hemtjanst = null!;
    private WebSession _admin = null!;

    private async Task ArrangeAsync()
    {
        _stockholm = await Data.CreateUnitAsync("Stockholms stad");
        _skarpnack = await Data.CreateUnitAsync("Skarpnäcks stadsdelsnämnd", OrgUnitKind.Board, _stockholm);
        _avdelning = await Data.CreateUnitAsync("Avdelning äldreomsorg", OrgUnitKind.Department, _skarpnack);
        _hemtjanst = await Data.CreateUnitAsync("Skarpnäcks kommunala hemtjänst", OrgUnitKind.Unit, _avdelning);
        await Data.CreateUserAsync("admin", isAdministrator: true);
        _admin = await LoginAsync("admin");
    }

    private static Dictionary<string, string> Name(string name) => new() { ["Input.Name"] = name };

    [Fact]
    public async Task Create_UnitUnderBoard_IsSavedWithOneAuditEvent()
    {
        await ArrangeAsync();
        var before = await Data.AuditCountAsync();

        var result = await _admin.SubmitAsync($"/organisation/ny?overordnad={_skarpnack.Id}",
            new Dictionary<string, string> { ["Input.Name"] = "Skarpnäcks äldreboende", ["Input.Kind"] = "Unit" });

        result.Status.ShouldBe(HttpStatusCode.Redirect);
        var created = (await Data.AllUnitsAsync()).Where(u => u.Name == "Skarpnäcks äldreboende").ShouldHaveSingleItem();
        created.ParentId.ShouldBe(_skarpnack.Id);
        var events = await Data.AuditEventsAsync();
        events.Count.ShouldBe(before + 1);
        events[^1].ShouldSatisfyAllConditions(
            e => e.Action.ShouldBe(AuditAction.Created),
            e => e.EntityId.ShouldBe(created.Id.ToString()),
            e => e.ActorName.ShouldBe("Testperson admin"));
    }

    [Fact]
    public async Task Rename_IsSavedWithOneAuditEventHoldingBeforeAndAfter()
    {
        await ArrangeAsync();
        var before = await Data.AuditCountAsync();

        var result = await _admin.SubmitAsync($"/organisation/{_hemtjanst.Id}/byt-namn", Name("Hemtjänsten i Skarpnäck"));

        result.Status.ShouldBe(HttpStatusCode.Redirect);
        (await Data.FindUnitAsync(_hemtjanst.Id)).Name.ShouldBe("Hemtjänsten i Skarpnäck");
        var events = await Data.AuditEventsAsync();
        events.Count.ShouldBe(before + 1);
        var change = JsonDocument.Parse(events[^1].Changes).RootElement.GetProperty("Name");
        change.GetProperty("Before").GetString().ShouldBe("Skarpnäcks kommunala hemtjänst");
        change.GetProperty("After").GetString().ShouldBe("Hemtjänsten i Skarpnäck");
        events[^1].OrgUnitId.ShouldBe(_hemtjanst.Id);
    }

    [Fact]
    public async Task Rename_ToEmptyName_ShowsMessageNamingTheFieldAndChangesNothing()
    {
        await ArrangeAsync();
        var before = await Data.AuditCountAsync();

        var result = await _admin.SubmitAsync($"/organisation/{_hemtjanst.Id}/byt-namn", Name("   "));

        result.Status.ShouldBe(HttpStatusCode.OK);
        result.Document.Title!.ShouldStartWith("Fel: ");
        result.ErrorMessages.ShouldBe(["Fyll i enhetens namn"]);
        result.Document.QuerySelector(".error-summary a")!.GetAttribute("href").ShouldBe("#Input_Name");
        result.Document.QuerySelector("#Input_Name")!.GetAttribute("aria-invalid").ShouldBe("true");
        (await Data.FindUnitAsync(_hemtjanst.Id)).Name.ShouldBe("Skarpnäcks kommunala hemtjänst");
        (await Data.AuditCountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Rename_To300Characters_ShowsMessageWithTheLimitAndKeepsWhatWasTyped()
    {
        await ArrangeAsync();
        var typed = new string('å', 300);

        var result = await _admin.SubmitAsync($"/organisation/{_hemtjanst.Id}/byt-namn", Name(typed));

        result.ErrorMessages.ShouldBe(["Namnet får vara högst 200 tecken. Det du skrev är 300 tecken."]);
        result.Document.QuerySelector("#Input_Name")!.GetAttribute("value").ShouldBe(typed);
        (await Data.FindUnitAsync(_hemtjanst.Id)).Name.ShouldBe("Skarpnäcks kommunala hemtjänst");
    }

    [Fact]
    public async Task Create_WithEmptyName_ShowsMessageAndCreatesNothing()
    {
        await ArrangeAsync();
        var count = (await Data.AllUnitsAsync()).Count;

        var result = await _admin.SubmitAsync($"/organisation/ny?overordnad={_skarpnack.Id}",
            new Dictionary<string, string> { ["Input.Name"] = "", ["Input.Kind"] = "Unit" });

        result.ErrorMessages.ShouldBe(["Fyll i enhetens namn"]);
        (await Data.AllUnitsAsync()).Count.ShouldBe(count);
    }

    [Fact]
    public async Task Create_WithSeveralErrors_ListsThemInTheFormsOrder()
    {
        await ArrangeAsync();

        // The name stands above the type on the form; a type not chosen is not even posted.
        var result = await _admin.SubmitAsync($"/organisation/ny?overordnad={_skarpnack.Id}", new Dictionary<string, string> { ["Input.Name"] = "" });

        result.ErrorMessages.ShouldBe(["Fyll i enhetens namn", "Välj typ av enhet"]);
        result.Document.QuerySelectorAll("p.field-error").Select(p => p.Id).ShouldBe(["Input_Name-error", "Input_Kind-error"]);
    }

    [Fact]
    public async Task Create_KindAboveItsParent_IsRefusedWithMessage()
    {
        await ArrangeAsync();

        var result = await _admin.SubmitAsync($"/organisation/ny?overordnad={_avdelning.Id}",
            new Dictionary<string, string> { ["Input.Name"] = "Ny nämnd", ["Input.Kind"] = "Board" });

        result.ErrorMessages.ShouldBe(["En enhet av typen Nämnd/förvaltning kan inte ligga under typen Avdelning. Välj en typ längre ned i organisationen."]);
        (await Data.AllUnitsAsync()).ShouldNotContain(u => u.Name == "Ny nämnd");
    }

    [Fact]
    public async Task Move_UnderItsOwnChild_ShowsMessageNamingTheFieldAndChangesNothing()
    {
        await ArrangeAsync();
        var before = await Data.AuditCountAsync();

        var result = await _admin.SubmitAsync($"/organisation/{_skarpnack.Id}/flytta",
            new Dictionary<string, string> { ["Input.NewParentId"] = _avdelning.Id.ToString() });

        result.ErrorMessages.ShouldBe(["Välj en enhet som inte ligger under den enhet du flyttar"]);
        result.Document.QuerySelector(".error-summary a")!.GetAttribute("href").ShouldBe("#Input_NewParentId");
        (await Data.FindUnitAsync(_skarpnack.Id)).ParentId.ShouldBe(_stockholm.Id);
        (await Data.AuditCountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Move_UnitWithChildren_CarriesTheSubtree()
    {
        await ArrangeAsync();
        var hagersten = await Data.CreateUnitAsync("Hägersten-Älvsjö stadsdelsnämnd", OrgUnitKind.Board, _stockholm);

        var result = await _admin.SubmitAsync($"/organisation/{_avdelning.Id}/flytta",
            new Dictionary<string, string> { ["Input.NewParentId"] = hagersten.Id.ToString() });

        result.Status.ShouldBe(HttpStatusCode.Redirect);
        var moved = await Data.FindUnitAsync(_avdelning.Id);
        var child = await Data.FindUnitAsync(_hemtjanst.Id);
        moved.ParentId.ShouldBe(hagersten.Id);
        child.Path.ShouldBe(hagersten.Path + OrgUnit.PathSegment(_avdelning.Id) + OrgUnit.PathSegment(_hemtjanst.Id));
        child.Depth.ShouldBe(3);
    }

    [Fact]
    public async Task Rename_BasedOnStaleVersion_IsRefusedKeepsTypedTextAndTheNewerName()
    {
        await ArrangeAsync();
        var secondAdmin = await Data.CreateUserAsync("admin2", isAdministrator: true);
        var other = await LoginAsync(secondAdmin.UserName!);
        var path = $"/organisation/{_hemtjanst.Id}/byt-namn";
        var staleForm = await _admin.GetAsync(path);

        (await other.SubmitAsync(path, Name("Hemtjänst Skarpnäck (ny)"))).Status.ShouldBe(HttpStatusCode.Redirect);
        var result = await _admin.SubmitAsync(staleForm, Name("Mitt eget namn"), "main form", path);

        result.Status.ShouldBe(HttpStatusCode.OK);
        result.ErrorMessages.ShouldHaveSingleItem().ShouldContain("Sparat nu: ”Hemtjänst Skarpnäck (ny)”");
        result.Document.QuerySelector("#Input_Name")!.GetAttribute("value").ShouldBe("Mitt eget namn");
        (await Data.FindUnitAsync(_hemtjanst.Id)).Name.ShouldBe("Hemtjänst Skarpnäck (ny)");

        // Saving again from the refreshed form goes through: the user decides, nothing was silently lost.
        var again = await _admin.SubmitAsync(result, Name("Mitt eget namn"), "main form", path);
        again.Status.ShouldBe(HttpStatusCode.Redirect);
        (await Data.FindUnitAsync(_hemtjanst.Id)).Name.ShouldBe("Mitt eget namn");
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_IsRefusedAndChangesNothing()
    {
        await ArrangeAsync();
        var form = await _admin.GetAsync($"/organisation/{_hemtjanst.Id}/byt-namn");

        var result = await _admin.PostWithoutTokenAsync($"/organisation/{_hemtjanst.Id}/byt-namn", new Dictionary<string, string>
        {
            ["Version"] = form.Document.QuerySelector("input[name=Version]")!.GetAttribute("value")!,
            ["Input.Name"] = "Utan token",
        });

        result.Status.ShouldBe(HttpStatusCode.BadRequest);
        result.Body.ShouldContain("Formuläret kunde inte skickas");
        (await Data.FindUnitAsync(_hemtjanst.Id)).Name.ShouldBe("Skarpnäcks kommunala hemtjänst");
    }

    [Fact]
    public async Task Delete_UnitWithChildren_IsRefusedAndArchiveWithActiveChildrenToo()
    {
        await ArrangeAsync();
        var path = $"/organisation/{_avdelning.Id}/arkivera";

        var page = await _admin.GetAsync(path);
        var archive = await _admin.SubmitAsync(page, WebSession.NoFields, "form[action*=Archive]", path);

        page.Document.QuerySelector("form[action*=Delete]").ShouldBeNull();
        archive.ErrorMessages.ShouldBe(["Enheten har aktiva enheter under sig. Flytta eller arkivera dem först."]);
        (await Data.FindUnitAsync(_avdelning.Id)).IsArchived.ShouldBeFalse();
    }

    [Fact]
    public async Task Delete_UnitWithAccessGrants_IsRefused()
    {
        await ArrangeAsync();
        await Data.CreateUserAsync("chef", grants: (_hemtjanst, AccessLevel.Edit));
        var path = $"/organisation/{_hemtjanst.Id}/arkivera";
        var page = await _admin.GetAsync(path);
        var token = page.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var version = page.Document.QuerySelector("input[name=Version]")!.GetAttribute("value")!;

        // Posted directly, as if the page had offered the button.
        var result = await _admin.PostWithoutTokenAsync(path + "?handler=Delete", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Version"] = version,
        });

        result.ErrorMessages.ShouldBe(["Enheten har uppgifter, behörigheter eller enheter under sig och kan inte tas bort. Arkivera den i stället."]);
        (await Data.AllUnitsAsync()).ShouldContain(u => u.Id == _hemtjanst.Id);
    }

    [Fact]
    public async Task Delete_UnitWithIndicators_IsRefusedWithTheSwedishMessage()
    {
        await ArrangeAsync();
        await Data.CreateIndicatorAsync(_hemtjanst, "Kontinuitet", "G: 0-10 A: 11-15 R: 16 eller fler");
        var path = $"/organisation/{_hemtjanst.Id}/arkivera";
        var page = await _admin.GetAsync(path);
        var token = page.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var result = await _admin.PostWithoutTokenAsync(path + "?handler=Delete", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Version"] = page.Document.QuerySelector("input[name=Version]")!.GetAttribute("value")!,
        });

        page.Document.QuerySelector("form[action*=Delete]").ShouldBeNull();
        result.Status.ShouldBe(HttpStatusCode.OK);
        result.ErrorMessages.ShouldBe(["Enheten har uppgifter, behörigheter eller enheter under sig och kan inte tas bort. Arkivera den i stället."]);
        (await Data.AllUnitsAsync()).ShouldContain(u => u.Id == _hemtjanst.Id);
    }

    [Fact]
    public async Task ArchiveThenDelete_LeafWithoutData_Works()
    {
        await ArrangeAsync();
        var path = $"/organisation/{_hemtjanst.Id}/arkivera";

        (await _admin.SubmitAsync(await _admin.GetAsync(path), WebSession.NoFields, "form[action*=Archive]", path)).Status.ShouldBe(HttpStatusCode.Redirect);
        (await Data.FindUnitAsync(_hemtjanst.Id)).IsArchived.ShouldBeTrue();
        (await _admin.SubmitAsync(await _admin.GetAsync(path), WebSession.NoFields, "form[action*=Delete]", path)).Status.ShouldBe(HttpStatusCode.Redirect);

        (await Data.AllUnitsAsync()).ShouldNotContain(u => u.Id == _hemtjanst.Id);
        (await Data.AuditEventsAsync()).ShouldContain(e => e.Action == AuditAction.Deleted && e.EntityId == _hemtjanst.Id.ToString());
    }

    [Fact]
    public async Task AuditLog_ShowsTheUnitsChangesToAdministrator()
    {
        await ArrangeAsync();
        await _admin.SubmitAsync($"/organisation/{_hemtjanst.Id}/byt-namn", Name("Hemtjänsten"));

        var page = await _admin.GetAsync($"/organisation/{_hemtjanst.Id}/logg");

        var rows = page.Document.QuerySelectorAll("tbody tr");
        rows.Length.ShouldBe(2);
        WebSession.Squash(rows[0].TextContent).ShouldContain("Enhet ”Hemtjänsten” ändrad");
        rows[0].TextContent.ShouldContain("Skarpnäcks kommunala hemtjänst → Hemtjänsten");
        rows[0].TextContent.ShouldContain("Testperson admin");
    }
}

public sealed class OrgUnitAdminTests_Sqlite(SqliteFixture fixture) : OrgUnitAdminTests(fixture), IClassFixture<SqliteFixture>;

public sealed class OrgUnitAdminTests_PostgreSql(PostgresFixture fixture) : OrgUnitAdminTests(fixture), IClassFixture<PostgresFixture>;
