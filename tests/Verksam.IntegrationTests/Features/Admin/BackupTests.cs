using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Verksam.IntegrationTests.Infrastructure;
using Verksam.Web.Data;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Operations.Commands;

namespace Verksam.IntegrationTests.Features.Admin;

/// <summary>The backup command copies the SQLite file; PostgreSQL is backed up with pg_dump, so this runs on SQLite only.</summary>
public sealed class BackupTests(SqliteFixture fixture) : IntegrationTest(fixture), IClassFixture<SqliteFixture>
{
    [Fact]
    public async Task Backup_WhileAnotherConnectionWrites_IsAConsistentCopy()
    {
        var kommun = await Data.CreateUnitAsync("Tyresö kommun");
        await Data.CreateUnitAsync("Äldre- och omsorgsförvaltningen", OrgUnitKind.Board, kommun);
        var target = Path.Combine(Factory.Database.Directory, "kopia.db");

        // Another connection holds an open write transaction while the copy is taken (WAL lets both go on).
        await using var writer = new SqliteConnection(Factory.Database.ConnectionString);
        await writer.OpenAsync();
        await using (var pragma = writer.CreateCommand())
        {
            pragma.CommandText = "PRAGMA journal_mode = WAL; BEGIN IMMEDIATE; UPDATE org_units SET \"Name\" = 'Ej sparat ännu';";
            await pragma.ExecuteNonQueryAsync();
        }

        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            await AdminCommands.BackupSqliteAsync(scope.ServiceProvider.GetRequiredService<VerksamDbContext>(), target, CancellationToken.None);
        }

        await using var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = target, Pooling = false }.ToString());
        await copy.OpenAsync();
        await using var count = copy.CreateCommand();
        count.CommandText = "SELECT group_concat(\"Name\", '|') FROM (SELECT \"Name\" FROM org_units ORDER BY \"Depth\")";
        (await count.ExecuteScalarAsync()).ShouldBe("Tyresö kommun|Äldre- och omsorgsförvaltningen");
    }
}
