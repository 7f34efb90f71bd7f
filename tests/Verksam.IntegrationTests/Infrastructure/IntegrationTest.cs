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

    protected async Task<WebSession> LoginAsync(string userName, string password = TestData.Password)
    {
        var session = NewSession();
        await session.LoginAsync(userName, password);
        return session;
    }
}
