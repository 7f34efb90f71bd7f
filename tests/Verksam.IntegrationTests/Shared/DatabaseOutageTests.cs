using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Verksam.IntegrationTests.Infrastructure;
using Verksam.Web.Data;
using Verksam.Web.Features.Accounts;
using Verksam.Web.Features.Organisation;

namespace Verksam.IntegrationTests.Shared;

/// <summary>
/// PostgreSQL restarting under a running app: requests after the restart succeed (the provider retries on a fresh
/// connection), and while the database is away the answer is 503 with Retry-After and a Swedish page, never 500.
/// PostgreSQL only: SQLite is a file in the app's own process and does not go away.
/// </summary>
public sealed class DatabaseOutageTests_PostgreSql : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private TcpRelay _relay = null!;
    private WebApplicationFactory<Program> _app = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSql);
        var direct = new NpgsqlConnectionStringBuilder(_database.ConnectionString);
        _relay = new TcpRelay(direct.Host!, direct.Port);
        _relay.Start();
        var relayed = new NpgsqlConnectionStringBuilder(_database.ConnectionString) { Port = _relay.Port, Timeout = 3 }.ToString();
        _app = new VerksamAppFactory(_database).WithWebHostBuilder(b => b.UseSetting("ConnectionStrings:Verksam", relayed));
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VerksamDbContext>();
        var unit = OrgUnit.CreateRoot(Guid.NewGuid(), "Tyresö kommun");
        db.OrgUnits.Add(unit);
        await db.SaveChangesAsync();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<VerksamUser>>();
        (await users.CreateAsync(new VerksamUser { UserName = "ec", DisplayName = "Enhetschef" }, TestData.Password)).Succeeded.ShouldBeTrue();
        var user = await users.FindByNameAsync("ec");
        await scope.ServiceProvider.GetRequiredService<GrantService>().GrantAsync(user!.Id, unit.Id, AccessLevel.Edit);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _relay.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task AfterARestart_TheNextRequestsSucceed_EvenWithEveryPooledConnectionCut()
    {
        var session = await LoginAsync();

        // Several requests at once leave several connections in the pool, all of which the restart cuts.
        (await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => session.Client.GetAsync("/organisation")))).ShouldAllBe(r => r.StatusCode == HttpStatusCode.OK);
        await _relay.StopAsync();
        _relay.Start();

        for (var i = 0; i < 10; i++)
        {
            (await session.GetAsync("/organisation")).Status.ShouldBe(HttpStatusCode.OK, $"request {i + 1} after the restart");
        }
    }

    [Fact]
    public async Task WhileTheDatabaseIsAway_PagesAndTheApiAnswer503WithRetryAfter_AndWorkWhenItIsBack()
    {
        var session = await LoginAsync();
        (await session.GetAsync("/organisation")).Status.ShouldBe(HttpStatusCode.OK);

        await _relay.StopAsync();
        var page = await session.GetAsync("/organisation");
        var api = await session.Client.GetAsync("/api/me");

        page.Status.ShouldBe(HttpStatusCode.ServiceUnavailable);
        page.Response.Headers.RetryAfter!.Delta.ShouldBe(TimeSpan.FromSeconds(30));
        page.Document.QuerySelector("h1")!.TextContent.ShouldBe("Verksam når inte databasen just nu");
        page.Body.ShouldNotContain("Npgsql");
        api.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        api.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");

        _relay.Start();
        (await session.GetAsync("/organisation")).Status.ShouldBe(HttpStatusCode.OK);
    }

    private async Task<WebSession> LoginAsync()
    {
        var session = new WebSession(_app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false }));
        await session.LoginAsync("ec");
        return session;
    }
}
