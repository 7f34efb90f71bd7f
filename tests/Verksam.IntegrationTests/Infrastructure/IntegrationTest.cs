using Microsoft.Extensions.DependencyInjection;
using Verksam.Web.Data;
using Verksam.Web.Operations.Demo;

namespace Verksam.IntegrationTests.Infrastructure;

/// <summary>
/// Base of every integration test. Each test class is abstract and has one subclass per provider
/// (…_Sqlite, …_PostgreSql), so every persistence test runs against both databases.
/// </summary>
public abstract class IntegrationTest(AppFixture fixture) : IAsyncLifetime
{
    protected VerksamAppFactory Factory => fixture.Factory;

    protected TestData Data { get; } = new(fixture.Factory);

    public Task InitializeAsync() => Factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    protected WebSession NewSession() => new(Factory.CreateBrowserClient());

    /// <summary>Loads the demo (seeds 000–004) into the empty test database and logs in as one of its users.</summary>
    protected async Task<WebSession> DemoAsync(string user)
    {
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoData>().LoadIfEmptyAsync();
        }

        return await LoginAsync(user, DemoData.Password);
    }

    protected async Task<WebSession> LoginAsync(string userName, string password = TestData.Password)
    {
        var session = NewSession();
        await session.LoginAsync(userName, password);
        return session;
    }

    /// <summary>Reads the database directly, in a scope of its own, to check what a request stored.</summary>
    protected async Task<T> WithDbAsync<T>(Func<VerksamDbContext, Task<T>> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var scope = Factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<VerksamDbContext>());
    }

    protected async Task WithDbAsync(Func<VerksamDbContext, Task> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        await using var scope = Factory.Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<VerksamDbContext>());
    }
}
