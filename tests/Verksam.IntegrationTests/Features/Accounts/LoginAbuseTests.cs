using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verksam.IntegrationTests.Infrastructure;
using Verksam.Web.Features.Accounts;

namespace Verksam.IntegrationTests.Features.Accounts;

/// <summary>
/// Guessing passwords is slow and tells nothing: failures make one user name wait at one client address (so nobody
/// can lock an administrator out from elsewhere), an unknown name is answered as a known one, and the rate limiter
/// answers 429 with Retry-After beyond a number of attempts a minute.
/// </summary>
public abstract class LoginAbuseTests(AppFixture fixture) : IntegrationTest(fixture)
{
    private const string WrongPassword = "fel-losenord-helt";

    [Fact]
    public async Task FiveFailuresFromOneAddress_MakeThatAddressWait_WhileTheSameAccountLogsInFromAnother()
    {
        await Data.CreateUserAsync("admin", isAdministrator: true);
        var attacker = SessionFrom("203.0.113.66");
        for (var i = 0; i < 5; i++)
        {
            (await attacker.SubmitAsync("/logga-in", Credentials("admin", WrongPassword))).Status.ShouldBeOneOf(HttpStatusCode.OK, HttpStatusCode.TooManyRequests);
        }

        var refused = await attacker.SubmitAsync("/logga-in", Credentials("admin", TestData.Password));
        refused.Status.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.ErrorMessages.ShouldBe(["För många misslyckade inloggningar. Vänta en minut och försök igen."]);
        int.Parse(refused.Response.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture).ShouldBeInRange(1, 60);

        // The administrator at the office is not held up by someone failing on purpose elsewhere.
        await SessionFrom("198.51.100.7").LoginAsync("admin");
    }

    [Fact]
    public async Task AnUnknownUserName_IsAnsweredAsAKnownOne_WordForWord_AndWithTheSameWait()
    {
        await Data.CreateUserAsync("ec.lss");
        var known = SessionFrom("203.0.113.10");
        var unknown = SessionFrom("203.0.113.10");
        for (var i = 0; i < 4; i++)
        {
            var a = await known.SubmitAsync("/logga-in", Credentials("ec.lss", WrongPassword));
            var b = await unknown.SubmitAsync("/logga-in", Credentials("ingen.sadan", WrongPassword));
            b.Status.ShouldBe(a.Status);
            b.ErrorMessages.ShouldBe(a.ErrorMessages);
        }

        var knownFifth = await known.SubmitAsync("/logga-in", Credentials("ec.lss", WrongPassword));
        var unknownFifth = await unknown.SubmitAsync("/logga-in", Credentials("ingen.sadan", WrongPassword));
        unknownFifth.Status.ShouldBe(knownFifth.Status);
        unknownFifth.ErrorMessages.ShouldBe(knownFifth.ErrorMessages);
        unknownFifth.ErrorMessages.ShouldBe(["För många misslyckade inloggningar. Vänta en minut och försök igen."]);
    }

    [Fact]
    public async Task AnUnknownUserName_IsHashedLikeAKnownOne_SoItTakesTheSameTime()
    {
        await Data.CreateUserAsync("ec.lss");
        var hasher = new CountingHasher();
        using var app = Factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IPasswordHasher<VerksamUser>>(hasher)));
        var session = new WebSession(app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false }));

        await session.SubmitAsync("/logga-in", Credentials("ec.lss", WrongPassword));
        var afterKnown = hasher.Verifications;
        await session.SubmitAsync("/logga-in", Credentials("ingen.sadan", WrongPassword));

        afterKnown.ShouldBe(1);
        (hasher.Verifications - afterKnown).ShouldBe(1, "an unknown name is verified against a real hash too");
    }

    [Fact]
    public async Task EachFurtherFailure_DoublesTheWait()
    {
        await Data.CreateUserAsync("ec.lss");
        var session = SessionFrom("203.0.113.20");
        for (var i = 0; i < 5; i++)
        {
            await session.SubmitAsync("/logga-in", Credentials("ec.lss", WrongPassword));
        }

        var key = LoginService.ThrottleKey("EC.LSS", "203.0.113.20");
        var first = await WithDbAsync(db => db.LoginThrottles.AsNoTracking().SingleAsync(t => t.Key == key));
        first.Failures.ShouldBe(5);
        (first.WaitUntil!.Value - first.LastFailureAt).ShouldBe(TimeSpan.FromMinutes(1));

        // Once the wait is over, another failure waits twice as long.
        await WithDbAsync(db => db.LoginThrottles.Where(t => t.Key == key).ExecuteUpdateAsync(u => u.SetProperty(t => t.WaitUntil, DateTime.UtcNow.AddSeconds(-1))));
        var sixth = await session.SubmitAsync("/logga-in", Credentials("ec.lss", WrongPassword));
        sixth.ErrorMessages.ShouldBe(["För många misslyckade inloggningar. Vänta 2 minuter och försök igen."]);

        // A success clears the count.
        await WithDbAsync(db => db.LoginThrottles.Where(t => t.Key == key).ExecuteUpdateAsync(u => u.SetProperty(t => t.WaitUntil, DateTime.UtcNow.AddSeconds(-1))));
        await session.LoginAsync("ec.lss");
        (await WithDbAsync(db => db.LoginThrottles.AnyAsync(t => t.Key == key))).ShouldBeFalse();
    }

    [Fact]
    public async Task BeyondTheRateLimit_LoginAnswers429WithRetryAfter_PerUserNameAndPerAddress()
    {
        await Data.CreateUserAsync("ec.lss");
        using var app = Factory.WithWebHostBuilder(b =>
        {
            b.UseSetting("Security:Login:PerUserNamePerMinute", "3");
            b.UseSetting("Security:Login:PerClientAddressPerMinute", "6");
        });

        // One user name from many addresses: the fourth attempt in a minute is refused before the password is tried.
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await Post(app, "192.0.2." + (i + 1), "ec.lss", TestData.Password)).StatusCode);
        }

        statuses.ShouldBe([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests]);

        // One address trying many user names: the seventh attempt is refused.
        for (var i = 0; i < 6; i++)
        {
            (await Post(app, "192.0.2.200", "namn" + i, WrongPassword)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var limited = await Post(app, "192.0.2.200", "namn-sju", WrongPassword);
        limited.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        int.Parse(limited.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture).ShouldBeInRange(1, 60);
        (await limited.Content.ReadAsStringAsync()).ShouldContain("För många försök");
    }

    private static Dictionary<string, string> Credentials(string userName, string password) =>
        new() { ["Input.UserName"] = userName, ["Input.Password"] = password };

    /// <summary>A browser at the given address, as a trusted proxy in front of Verksam reports it.</summary>
    private WebSession SessionFrom(string address)
    {
        var client = Factory.CreateBrowserClient();
        client.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        return new WebSession(client);
    }

    private static async Task<HttpResponseMessage> Post(WebApplicationFactory<Program> app, string address, string userName, string password)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        var session = new WebSession(client);
        var page = await session.GetAsync("/logga-in");
        var result = await session.SubmitAsync(page, Credentials(userName, password), "main form", "/logga-in");
        return result.Response;
    }

    /// <summary>The real hasher, counting how often a password is verified.</summary>
    private sealed class CountingHasher : IPasswordHasher<VerksamUser>
    {
        private readonly PasswordHasher<VerksamUser> _real = new();
        private int _verifications;

        public int Verifications => _verifications;

        public string HashPassword(VerksamUser user, string password) => _real.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(VerksamUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verifications);
            return _real.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}

public sealed class LoginAbuseTests_Sqlite(SqliteFixture fixture) : LoginAbuseTests(fixture), IClassFixture<SqliteFixture>;

public sealed class LoginAbuseTests_PostgreSql(PostgresFixture fixture) : LoginAbuseTests(fixture), IClassFixture<PostgresFixture>;
