using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verksam.IntegrationTests.Infrastructure;
using Verksam.Web.Features.Organisation;

namespace Verksam.IntegrationTests.Features.Accounts;

/// <summary>
/// A session ends when it should, on the next request and on every device: a copy of the login cookie is worth nothing
/// after logging out, a new password, a disabled account or the last grant removed, and nothing after the idle timeout
/// or the absolute lifetime.
/// </summary>
public abstract class SessionTests(AppFixture fixture) : IntegrationTest(fixture)
{
    private const string CookieName = "__Host-verksam";

    [Fact]
    public async Task Logout_MakesACopiedCookieWorthless()
    {
        var unit = await Data.CreateUnitAsync("Tyresö kommun");
        await Data.CreateUserAsync("ec", grants: (unit, AccessLevel.Edit));
        var (session, cookie) = await LoginCapturingCookieAsync("ec");
        (await Replay(cookie, "/organisation")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var page = await session.GetAsync("/organisation");
        (await session.SubmitAsync(page, WebSession.NoFields, "form.site-header__logout", "/organisation")).Status.ShouldBe(HttpStatusCode.Redirect);

        var replayed = await Replay(cookie, "/organisation");
        replayed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        replayed.Headers.Location!.ToString().ShouldContain("/logga-in");
    }

    [Fact]
    public async Task ChangingThePassword_EndsTheOtherSessions_ButNotThisOne()
    {
        var unit = await Data.CreateUnitAsync("Tyresö kommun");
        await Data.CreateUserAsync("ec", grants: (unit, AccessLevel.Edit));
        var (other, _) = await LoginCapturingCookieAsync("ec");
        var (here, _) = await LoginCapturingCookieAsync("ec");

        var changed = await here.SubmitAsync("/konto/byt-losenord", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = TestData.Password,
            ["Input.NewPassword"] = "ett-helt-nytt-losenord",
            ["Input.ConfirmPassword"] = "ett-helt-nytt-losenord",
        });

        changed.Status.ShouldBe(HttpStatusCode.Redirect);
        (await here.GetAsync("/organisation")).Status.ShouldBe(HttpStatusCode.OK);
        (await other.GetAsync("/organisation")).Location!.ShouldContain("/logga-in");
    }

    [Fact]
    public async Task AnAdministratorSettingAPassword_EndsTheUsersSessions_AndTheNewOneWorks()
    {
        var unit = await Data.CreateUnitAsync("Tyresö kommun");
        var user = await Data.CreateUserAsync("ec", grants: (unit, AccessLevel.Edit));
        await Data.CreateUserAsync("admin", isAdministrator: true);
        var (victim, _) = await LoginCapturingCookieAsync("ec");
        var admin = await LoginAsync("admin");

        var weak = await admin.SubmitAsync($"/admin/anvandare/{user.Id}", new Dictionary<string, string> { ["NewPassword"] = "Password1234" }, "form[action*=Password]");
        weak.Status.ShouldBe(HttpStatusCode.OK);
        weak.ErrorMessages.ShouldHaveSingleItem().ShouldStartWith("Lösenordet är för lätt att gissa");
        (await victim.GetAsync("/organisation")).Status.ShouldBe(HttpStatusCode.OK, "a refused password changes nothing");

        var set = await admin.SubmitAsync($"/admin/anvandare/{user.Id}", new Dictionary<string, string> { ["NewPassword"] = "glomt-och-fatt-ett-nytt" }, "form[action*=Password]");

        set.Status.ShouldBe(HttpStatusCode.Redirect);
        (await victim.GetAsync("/organisation")).Location!.ShouldContain("/logga-in");
        await NewSession().LoginAsync("ec", "glomt-och-fatt-ett-nytt");
        var audit = await WithDbAsync(db => db.AuditEvents.Where(e => e.EntityId == user.Id).ToListAsync());
        audit.ShouldContain(e => e.ReadChanges().ContainsKey("Password") && e.ReadChanges()["Password"].After == "nytt lösenord satt av administratör");
        audit.ShouldAllBe(e => !e.Changes.Contains("glomt-och-fatt-ett-nytt"));
    }

    [Fact]
    public async Task DisablingAnAccount_EndsItsSessions_AndItCannotLogInUntilEnabled()
    {
        var unit = await Data.CreateUnitAsync("Tyresö kommun");
        var user = await Data.CreateUserAsync("ec", grants: (unit, AccessLevel.Edit));
        await Data.CreateUserAsync("admin", isAdministrator: true);
        var (session, _) = await LoginCapturingCookieAsync("ec");
        var admin = await LoginAsync("admin");

        (await admin.SubmitAsync($"/admin/anvandare/{user.Id}", WebSession.NoFields, "form[action*=Disable]")).Status.ShouldBe(HttpStatusCode.Redirect);

        (await session.GetAsync("/organisation")).Location!.ShouldContain("/logga-in");
        var refused = await NewSession().SubmitAsync("/logga-in", Credentials("ec", TestData.Password));
        refused.ErrorMessages.ShouldBe(["Användarnamnet eller lösenordet stämmer inte. Kontrollera och försök igen."], "the same words as a wrong password");
        (await admin.GetAsync($"/admin/anvandare/{user.Id}")).Body.ShouldContain("Avstängt");

        (await admin.SubmitAsync($"/admin/anvandare/{user.Id}", WebSession.NoFields, "form[action*=Enable]")).Status.ShouldBe(HttpStatusCode.Redirect);
        await NewSession().LoginAsync("ec");
    }

    [Fact]
    public async Task AnAdministratorCannotDisableTheirOwnAccount()
    {
        var admin = await Data.CreateUserAsync("admin", isAdministrator: true);
        var session = await LoginAsync("admin");

        var refused = await session.SubmitAsync($"/admin/anvandare/{admin.Id}", WebSession.NoFields, "form[action*=Disable]");

        refused.Status.ShouldBe(HttpStatusCode.OK);
        refused.ErrorMessages.ShouldBe(["Du kan inte stänga av ditt eget konto. Be en annan administratör."]);
        (await session.GetAsync("/organisation")).Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task RemovingTheLastGrant_EndsTheSessions_ButRemovingOneOfTwoDoesNot()
    {
        var kommun = await Data.CreateUnitAsync("Tyresö kommun");
        var other = await Data.CreateUnitAsync("Haninge kommun");
        var user = await Data.CreateUserAsync("ec", grants: [(kommun, AccessLevel.Edit), (other, AccessLevel.Read)]);
        await Data.CreateUserAsync("admin", isAdministrator: true);
        var (session, _) = await LoginCapturingCookieAsync("ec");
        var admin = await LoginAsync("admin");

        (await admin.SubmitAsync($"/admin/anvandare/{user.Id}", WebSession.NoFields, "form[action*=Revoke]")).Status.ShouldBe(HttpStatusCode.Redirect);
        (await session.GetAsync("/organisation")).Status.ShouldBe(HttpStatusCode.OK, "one grant is left");

        (await admin.SubmitAsync($"/admin/anvandare/{user.Id}", WebSession.NoFields, "form[action*=Revoke]")).Status.ShouldBe(HttpStatusCode.Redirect);
        (await session.GetAsync("/organisation")).Location!.ShouldContain("/logga-in");
    }

    [Fact]
    public async Task ASessionEnds_AfterThirtyIdleMinutes_AndTwelveHoursAfterLogin_HoweverMuchItIsUsed()
    {
        var unit = await Data.CreateUnitAsync("Tyresö kommun");
        await Data.CreateUserAsync("ec", grants: (unit, AccessLevel.Edit));
        var clock = new AdjustableClock(DateTimeOffset.UtcNow);
        using var app = Factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<TimeProvider>(clock)));
        var session = new WebSession(app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false }));
        await session.LoginAsync("ec");

        // Used every 20 minutes, it lasts: each use moves the idle limit forward.
        for (var minutes = 20; minutes <= 11 * 60 + 40; minutes += 20)
        {
            clock.Advance(TimeSpan.FromMinutes(20));
            (await session.GetAsync("/organisation")).Status.ShouldBe(HttpStatusCode.OK, $"{minutes} minutes after login");
        }

        // 12 hours after the login it ends, however recently it was used.
        clock.Advance(TimeSpan.FromMinutes(21));
        (await session.GetAsync("/organisation")).Location!.ShouldContain("/logga-in");

        // A fresh login left alone for 31 minutes has ended too.
        await session.LoginAsync("ec");
        clock.Advance(TimeSpan.FromMinutes(29));
        (await session.GetAsync("/organisation")).Status.ShouldBe(HttpStatusCode.OK);
        clock.Advance(TimeSpan.FromMinutes(31));
        (await session.GetAsync("/organisation")).Location!.ShouldContain("/logga-in");
    }

    private static Dictionary<string, string> Credentials(string userName, string password) =>
        new() { ["Input.UserName"] = userName, ["Input.Password"] = password };

    private async Task<(WebSession Session, string Cookie)> LoginCapturingCookieAsync(string userName)
    {
        var session = NewSession();
        var result = await session.SubmitAsync("/logga-in", Credentials(userName, TestData.Password));
        result.Status.ShouldBe(HttpStatusCode.Redirect);
        var cookie = result.Response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(CookieName + "=", StringComparison.Ordinal));
        return (session, cookie.Split(';')[0]);
    }

    /// <summary>The captured cookie sent from somewhere else, as someone who copied it would.</summary>
    private async Task<HttpResponseMessage> Replay(string cookie, string path)
    {
        using var client = Factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request);
    }
}

/// <summary>A clock the test moves forward; everything else about time is real.</summary>
public sealed class AdjustableClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}

public sealed class SessionTests_Sqlite(SqliteFixture fixture) : SessionTests(fixture), IClassFixture<SqliteFixture>;

public sealed class SessionTests_PostgreSql(PostgresFixture fixture) : SessionTests(fixture), IClassFixture<PostgresFixture>;
