using Microsoft.Data.Sqlite;
using Npgsql;
using Verksam.Web.Data;

namespace Verksam.IntegrationTests.Infrastructure;

/// <summary>A real, empty database of one provider for one fixture: a temp SQLite file, or a new PostgreSQL database.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "VERKSAM_TEST_POSTGRES";

    private readonly string? _postgresAdmin;

    private TestDatabase(DatabaseProvider provider, string connectionString, string directory, string? postgresAdmin, string? databaseName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        Directory = directory;
        _postgresAdmin = postgresAdmin;
        DatabaseName = databaseName;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    /// <summary>A folder of the fixture's own, for files the app writes (SQLite file, keys).</summary>
    public string Directory { get; }

    public string? DatabaseName { get; }

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider, string? name = null)
    {
        var directory = Path.Combine(Path.GetTempPath(), "verksam-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        if (provider == DatabaseProvider.Sqlite)
        {
            var file = Path.Combine(directory, (name ?? "verksam") + ".db");
            return new TestDatabase(provider, new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString(), directory, null, null);
        }

        var admin = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(admin))
        {
            throw new InvalidOperationException(
                $"The PostgreSQL tests need {PostgresVariable} (a connection string to a server where databases may be created). ./test.sh starts one and sets it.");
        }

        var databaseName = "verksam_t_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{databaseName}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = databaseName, Pooling = false };
        return new TestDatabase(provider, builder.ToString(), directory, admin, databaseName);
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgresAdmin is not null && DatabaseName is not null)
        {
            await using var connection = new NpgsqlConnection(_postgresAdmin);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{DatabaseName}\" WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }

        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a pooled connection; the temp folder is cleaned by the system.
        }
    }
}
