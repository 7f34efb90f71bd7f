using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Verksam.IntegrationTests.Infrastructure;
using Verksam.Web.Features.Organisation;

namespace Verksam.IntegrationTests.Features.Accounts;

public abstract class AccountSecurityTests(AppFixture fixture) : IntegrationTest(fixture)
{
    private static Dictionary<string, string> Credentials(string userName, string password) =>
        new() { ["Input.UserName"] = userName, ["Input.Password"] = password };

    [Fact]
    public async Task Login_WithWrongPassword_SaysSoWithoutTellingWhichPart()
    {
        await Data.CreateUserAsync("ec.lss");

        var result = await NewSession().SubmitAsync("/logga-in", Credentials("ec.lss", "fel-losenord-helt"));

        result.Status.ShouldBe(HttpStatusCode.OK);
        result.ErrorMessages.ShouldBe(["Användarnamnet eller lösenordet stämmer inte. Kontrollera och försök igen."]);
    }

    [Fact]
    public async Task Login_SetsSecureHttpOnlyStrictCookie()
    {
        await Data.CreateUserAsync("ec.lss");

        var result = await NewSession().SubmitAsync("/logga-in", Credentials("ec.lss", TestData.Password));

        var cookie = result.Response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-verksam=", StringComparison.Ordinal)).ToLowerInvariant();
        cookie.ShouldContain("secure");
        cookie.ShouldContain("httponly");
        cookie.ShouldContain("samesite=strict");
    }

    [Fact]
    public async Task Logout_EndsTheSession()
    {
        await Data.CreateUserAsync("ec.lss");
        var session = await LoginAsync("ec.lss");
        var page = await session.GetAsync("/organisation");

        var result = await session.SubmitAsync(page, WebSession.NoFields, "form.site-header__logout", "/organisation");

        result.Status.ShouldBe(HttpStatusCode.Redirect);
        (await session.GetAsync("/organisation")).Location!.ShouldContain("/logga-in");
    }

    [Fact]
    public async Task Pages_CarrySecurityHeaders()
    {
        var page = await NewSession().GetAsync("/logga-in");

        page.Response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        page.Response.Headers.GetValues("X-Frame-Options").ShouldBe(["DENY"]);
        page.Response.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("frame-ancestors 'none'");
        page.Response.Headers.GetValues("Referrer-Policy").ShouldBe(["no-referrer"]);
    }

    [Fact]
    public async Task UnexpectedError_ShowsSwedishPageWithReferenceAndNoDetail()
    {
        await Data.CreateUserAsync("ec.lss");
        var session = await LoginAsync("ec.lss");

        var page = await session.GetAsync(VerksamAppFactory.ThrowPath);

        page.Status.ShouldBe(HttpStatusCode.InternalServerError);
        page.Document.QuerySelector("h1")!.TextContent.ShouldBe("Något gick fel");
        page.Document.QuerySelector("code")!.TextContent.Length.ShouldBeGreaterThan(8);
        page.Body.ShouldNotContain("12345");
        page.Body.ShouldNotContain("InvalidOperationException");
        page.Body.ShouldNotContain(" at ");
    }

    [Fact]
    public async Task UnknownPage_ShowsSwedish404()
    {
        await Data.CreateUserAsync("ec.lss");
        var session = await LoginAsync("ec.lss");

        var page = await session.GetAsync($"/organisation/{Guid.NewGuid()}");

        page.Status.ShouldBe(HttpStatusCode.NotFound);
        page.Document.QuerySelector("h1")!.TextContent.ShouldBe("Sidan hittades inte");
    }

    [Fact]
    public async Task CreateUser_WithElevenCharacterPassword_IsRefusedAndCreatesNoAccount()
    {
        await Data.CreateUserAsync("admin", isAdministrator: true);
        var admin = await LoginAsync("admin");

        var result = await admin.SubmitAsync("/admin/anvandare/ny", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Enhetschef",
            ["Input.UserName"] = "ny.chef",
            ["Input.Password"] = "kort-losen",
        });

        result.ErrorMessages.ShouldContain("Lösenordet måste vara minst 12 tecken");
        (await NewSession().SubmitAsync("/logga-in", Credentials("ny.chef", "kort-losen"))).Status.ShouldBe(HttpStatusCode.OK);
        (await admin.GetAsync("/admin/anvandare")).Body.ShouldNotContain("ny.chef");
    }

    [Fact]
    public async Task ACommonPassword_IsRefused_WhenCreatingAnAccountAndWhenChangingOne()
    {
        await Data.CreateUserAsync("admin", isAdministrator: true);
        var admin = await LoginAsync("admin");

        var created = await admin.SubmitAsync("/admin/anvandare/ny", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Enhetschef",
            ["Input.UserName"] = "ny.chef",
            ["Input.Password"] = "Password1234",
        });

        created.Status.ShouldBe(HttpStatusCode.OK);
        created.ErrorMessages.ShouldContain(m => m.StartsWith("Lösenordet är för lätt att gissa", StringComparison.Ordinal));
        (await admin.GetAsync("/admin/anvandare")).Body.ShouldNotContain("ny.chef");

        var changed = await admin.SubmitAsync("/konto/byt-losenord", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = TestData.Password,
            ["Input.NewPassword"] = "qwertyuiop12",
            ["Input.ConfirmPassword"] = "qwertyuiop12",
        });

        changed.Status.ShouldBe(HttpStatusCode.OK);
        changed.ErrorMessages.ShouldContain(m => m.StartsWith("Lösenordet är för lätt att gissa", StringComparison.Ordinal));
        await NewSession().LoginAsync("admin");
    }

    [Fact]
    public async Task Administrator_CreatesUserAndGrantsAUnit_UserThenSeesIt()
    {
        var kommun = await Data.CreateUnitAsync("Huddinge kommun");
        var ifo = await Data.CreateUnitAsync("Individ- och familjeomsorg vuxna", OrgUnitKind.Unit, await Data.CreateUnitAsync("Socialnämnden", OrgUnitKind.Board, kommun));
        await Data.CreateUserAsync("admin", isAdministrator: true);
        var admin = await LoginAsync("admin");

        var created = await admin.SubmitAsync("/admin/anvandare/ny", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Enhetschef IFO vuxna",
            ["Input.UserName"] = "ec.ifo",
            ["Input.Password"] = TestData.Password,
        });
        created.Status.ShouldBe(HttpStatusCode.Redirect);
        var userPage = created.Location!;
        (await admin.SubmitAsync(userPage, new Dictionary<string, string> { ["Input.OrgUnitId"] = ifo.Id.ToString(), ["Input.Level"] = "Edit" }, "form[action*=Grant]"))
            .Status.ShouldBe(HttpStatusCode.Redirect);

        var user = await LoginAsync("ec.ifo");
        var tree = await user.GetAsync("/organisation");
        tree.Document.QuerySelectorAll(".org-tree a").Select(a => a.TextContent).ShouldBe(["Individ- och familjeomsorg vuxna"]);
    }

    [Fact]
    public async Task AdminPages_ForNonAdministrator_AreForbidden()
    {
        var unit = await Data.CreateUnitAsync("Tyresö kommun");
        await Data.CreateUserAsync("ec", grants: (unit, AccessLevel.Approve));
        var session = await LoginAsync("ec");

        var page = await session.GetAsync("/admin/anvandare");

        page.Status.ShouldBe(HttpStatusCode.Redirect);
        page.Location!.ShouldContain("/status/403");
    }

    [Fact]
    public async Task ChangePassword_ThenLoginWithTheNewOne()
    {
        await Data.CreateUserAsync("ec.lss");
        var session = await LoginAsync("ec.lss");

        var result = await session.SubmitAsync("/konto/byt-losenord", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = TestData.Password,
            ["Input.NewPassword"] = "ett-helt-nytt-losenord",
            ["Input.ConfirmPassword"] = "ett-helt-nytt-losenord",
        });

        result.Status.ShouldBe(HttpStatusCode.Redirect);
        await NewSession().LoginAsync("ec.lss", "ett-helt-nytt-losenord");
    }

    [Fact]
    public async Task Health_TellsAnyoneOnlyTheStatus_AndAnAdministratorTheDatabaseAndMigrations()
    {
        var anonymous = await NewSession().Client.GetAsync("/health");

        anonymous.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await anonymous.Content.ReadAsStringAsync()).ShouldBe("{\"status\":\"Healthy\"}");

        await Data.CreateUserAsync("ec");
        (await (await LoginAsync("ec")).Client.GetStringAsync("/health")).ShouldBe("{\"status\":\"Healthy\"}", "a user who is not an administrator sees no more");

        await Data.CreateUserAsync("admin", isAdministrator: true);
        var body = await (await LoginAsync("admin")).Client.GetStringAsync("/health");
        body.ShouldContain("\"pendingMigrations\":0");
        body.ShouldContain("\"provider\"");
    }

    [Fact]
    public async Task TheLoadBalancersProbes_LiveAsksNothingOfTheDatabase_ReadyAsksTheDatabaseAndWhetherTheInstanceIsStopping()
    {
        await Data.CreateUserAsync("admin", isAdministrator: true);
        var admin = await LoginAsync("admin");

        var live = await NewSession().Client.GetAsync("/health/live");
        var ready = await NewSession().Client.GetAsync("/health/ready");
        var liveChecks = await admin.Client.GetStringAsync("/health/live");
        var readyChecks = await admin.Client.GetStringAsync("/health/ready");

        live.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await live.Content.ReadAsStringAsync()).ShouldBe("{\"status\":\"Healthy\"}");
        ready.StatusCode.ShouldBe(HttpStatusCode.OK);
        liveChecks.ShouldBe("{\"status\":\"Healthy\",\"checks\":{}}", "the process answering is all that liveness asks");
        readyChecks.ShouldContain("\"database\":{\"status\":\"Healthy\"");
        readyChecks.ShouldContain("\"stopping\":{\"status\":\"Healthy\"");
    }

    [Fact]
    public async Task Https_IsPinnedForAYearWithSubdomains()
    {
        var client = Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://verksam.kommun.example"), AllowAutoRedirect = false });

        var response = await client.GetAsync("/logga-in");

        response.Headers.GetValues("Strict-Transport-Security").ShouldBe(["max-age=31536000; includeSubDomains"]);
    }

    [Fact]
    public async Task EveryCookie_CarriesTheHostPrefix()
    {
        await Data.CreateUserAsync("ec.lss");
        var session = NewSession();
        var form = await session.GetAsync("/logga-in");
        var login = await session.SubmitAsync(form, Credentials("ec.lss", TestData.Password), "main form", "/logga-in");

        var names = form.Response.Headers.GetValues("Set-Cookie").Concat(login.Response.Headers.GetValues("Set-Cookie")).Select(c => c.Split('=')[0]).ToList();
        names.ShouldContain("__Host-verksam-af");
        names.ShouldContain("__Host-verksam");
        names.ShouldAllBe(n => n.StartsWith("__Host-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Api_WithAParameterItCannotRead_Answers400InSwedish_NamingTheParameter()
    {
        var unit = await Data.CreateUnitAsync("Tyresö kommun");
        await Data.CreateUserAsync("ec", grants: (unit, AccessLevel.Read));
        var session = await LoginAsync("ec");

        var response = await session.Client.GetAsync($"/api/org-units/{unit.Id}/indicators?year=abc%0d%0a%1b[31m");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        problem.GetProperty("title").GetString().ShouldBe("Frågan kunde inte läsas");
        problem.GetProperty("detail").GetString().ShouldBe("Parametern year kan inte läsas: ett heltal väntas, till exempel 2024.");

        var missing = await session.Client.GetAsync($"/api/org-units/{unit.Id}/indicators");
        missing.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await missing.Content.ReadAsStringAsync()).ShouldContain("Parametern year saknas.");
    }

    [Fact]
    public void TheConsoleLog_WritesThroughTheFormatterThatEscapesControlCharacters()
    {
        var console = Factory.Services.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>>().CurrentValue;

        console.FormatterName.ShouldBe(Verksam.Web.Shared.Logging.ControlCharacterSafeFormatter.FormatterName);
    }

    [Fact]
    public async Task OpenApi_DescribesTheApi()
    {
        (await NewSession().Client.GetAsync("/api/openapi/v1.json")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "behind the same login as the API");
        await Data.CreateUserAsync("ec");
        var body = await (await LoginAsync("ec")).Client.GetStringAsync("/api/openapi/v1.json");

        body.ShouldContain("/api/org-units/{id}");
        body.ShouldContain("/api/me");
    }
}

public sealed class AccountSecurityTests_Sqlite(SqliteFixture fixture) : AccountSecurityTests(fixture), IClassFixture<SqliteFixture>;

public sealed class AccountSecurityTests_PostgreSql(PostgresFixture fixture) : AccountSecurityTests(fixture), IClassFixture<PostgresFixture>;
