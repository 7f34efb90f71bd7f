using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verksam.Web.Data;

namespace Verksam.IntegrationTests.Infrastructure;

/// <summary>The whole app on a real database of one provider, configured as in production (secure cookies, no demo).</summary>
public sealed class VerksamAppFactory(TestDatabase database, IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<Program>
{
    public const string ThrowPath = "/test/kasta-undantag";

    public TestDatabase Database { get; } = database;

    public HttpClient CreateBrowserClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });

    /// <summary>
    /// Empties every table, so each test starts from nothing and builds what it needs. The audit log is append-only
    /// (its triggers refuse DELETE and TRUNCATE), so its triggers are set aside for the emptying, in the same
    /// transaction, and are back when it commits: what a test sees is the app's real, locked log.
    /// </summary>
    public async Task ResetAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VerksamDbContext>();
        // Every table of the model, so a new feature's tables are emptied too without anyone remembering to list them.
        // The names come from the model, never from input (EF1003 warns of concatenated SQL).
#pragma warning disable EF1003
        // All but the key ring: the running app holds its key in memory, and a second instance must find the same one.
        var tables = db.Model.GetEntityTypes().Select(t => t.GetTableName()).OfType<string>().Where(t => t != "data_protection_keys").Distinct(StringComparer.Ordinal).ToList();
        if (Database.Provider == DatabaseProvider.PostgreSql)
        {
            // Only the table's owner may do this; the tests connect as the server's superuser.
            await db.Database.ExecuteSqlRawAsync(
                "BEGIN; ALTER TABLE audit_events DISABLE TRIGGER USER; TRUNCATE " + string.Join(", ", tables) + " CASCADE; ALTER TABLE audit_events ENABLE TRIGGER USER; COMMIT;");
        }
        else
        {
            // SQLite cannot switch a trigger off: drop the log's triggers and create them again from their stored SQL.
            // One command on one connection: foreign keys off only while the tables are emptied.
            var triggers = await db.Database.SqlQueryRaw<Trigger>("SELECT name AS \"Name\", sql AS \"Sql\" FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_events'").ToListAsync();
            await db.Database.ExecuteSqlRawAsync(
                "PRAGMA foreign_keys = OFF; BEGIN; "
                + string.Concat(triggers.Select(t => $"DROP TRIGGER \"{t.Name}\"; "))
                + string.Concat(tables.Select(t => $"DELETE FROM {t}; "))
                + string.Concat(triggers.Select(t => t.Sql + "; "))
                + "COMMIT; PRAGMA foreign_keys = ON;");
        }
#pragma warning restore EF1003
    }

    private sealed class Trigger
    {
        public string Name { get; set; } = string.Empty;

        public string Sql { get; set; } = string.Empty;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Database.Provider.ToString());
        builder.UseSetting("ConnectionStrings:Verksam", Database.ConnectionString);
        builder.UseSetting("Database:DataDirectory", Database.Directory);
        builder.UseSetting("Database:LoadDemoData", "false");
        builder.UseSetting("Security:AllowInsecureCookies", "false");

        // Every test logs in from the same address many times a minute; the tests of the limits set their own.
        builder.UseSetting("Security:Login:PerClientAddressPerMinute", "100000");
        builder.UseSetting("Security:Login:PerUserNamePerMinute", "100000");

        // The tests run the scheduled work themselves, when they choose; the job-store tests switch the scheduler on.
        builder.UseSetting("Scheduling:Enabled", "false");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services => services.AddTransient<IStartupFilter, ThrowingEndpoint>());
    }

    /// <summary>A path that fails, behind everything the app sets up, to prove what a user sees on an unexpected error.</summary>
    private sealed class ThrowingEndpoint : IStartupFilter
    {
        public Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> Configure(Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use(nextMiddleware => context =>
                context.Request.Path == ThrowPath
                    ? throw new InvalidOperationException("Test failure with secret detail 12345")
                    : nextMiddleware(context));
        };
    }
}

/// <summary>One app and database per provider per test class; each test resets the data.</summary>
public abstract class AppFixture(Verksam.Web.Data.DatabaseProvider provider) : IAsyncLifetime
{
    public VerksamAppFactory Factory { get; private set; } = null!;

    /// <summary>Settings of this fixture's app beside the usual ones (a mail server, the scheduler on).</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>();

    public virtual async Task InitializeAsync()
    {
        var database = await TestDatabase.CreateAsync(provider);
        Factory = new VerksamAppFactory(database, Settings);
        _ = Factory.Server; // starts the host, which applies the migrations
    }

    public virtual async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Factory.Database.DisposeAsync();
    }
}

public sealed class SqliteFixture() : AppFixture(Verksam.Web.Data.DatabaseProvider.Sqlite);

public sealed class PostgresFixture() : AppFixture(Verksam.Web.Data.DatabaseProvider.PostgreSql);
