using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Verksam.Web.Data;

public static class DatabaseSetup
{
    public const string ConnectionStringName = "Verksam";

    public static IServiceCollection AddVerksamDatabase(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = ResolveConnectionString(options, configuration.GetConnectionString(ConnectionStringName), environment.ContentRootPath);
        services.AddSingleton(options);
        services.AddDbContext<VerksamDbContext>(builder => Configure(builder, options.Provider, connectionString));
        return services;
    }

    public static void Configure(DbContextOptionsBuilder builder, DatabaseProvider provider, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        switch (provider)
        {
            case DatabaseProvider.PostgreSql:
                // A restart of the server takes seconds: retry for about ten of them, then DatabaseUnavailableHandler answers 503.
                builder.UseNpgsql(connectionString, npgsql => npgsql.EnableRetryOnFailure(maxRetryCount: 4, maxRetryDelay: TimeSpan.FromSeconds(3), errorCodesToAdd: null));
                break;
            default:
                builder.UseSqlite(connectionString).AddInterceptors(new SqliteConnectionInterceptor());
                break;
        }

        // Migrations are written by hand and carry no model snapshot; a test proves they equal the model instead.
        builder.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
    }

    public static string ResolveConnectionString(DatabaseOptions options, string? configured, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        if (options.Provider == DatabaseProvider.PostgreSql)
        {
            throw new InvalidOperationException("Database:Provider is PostgreSql but ConnectionStrings:Verksam is not set.");
        }

        var folder = Path.GetFullPath(options.DataDirectory, contentRoot);
        Directory.CreateDirectory(folder);
        return new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "verksam.db"), Pooling = true }.ToString();
    }

    /// <summary>Applies the migrations that the database has not had yet, retrying where the provider may fail transiently.</summary>
    public static async Task MigrateAsync(VerksamDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async ct => await db.Database.MigrateAsync(ct).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
    }
}
