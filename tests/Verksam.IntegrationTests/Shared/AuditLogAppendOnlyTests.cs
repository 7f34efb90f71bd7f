using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Verksam.IntegrationTests.Infrastructure;
using Verksam.Web.Data;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Shared.Auditing;

namespace Verksam.IntegrationTests.Shared;

/// <summary>
/// Issue 17, item 10: the audit log is append-only in the database. Through the app's own connection, the one its
/// DbContext uses, no logged event can be changed or removed, whether by SQL or by EF; new events are still logged.
/// </summary>
public abstract class AuditLogAppendOnlyTests(AppFixture fixture) : IntegrationTest(fixture)
{
    private async Task<AuditEvent> OneLoggedEventAsync()
    {
        await Data.CreateUnitAsync("Tyresö kommun");
        return (await Data.AuditEventsAsync()).ShouldHaveSingleItem();
    }

    private async Task ShouldBeUnchangedAsync(AuditEvent logged)
    {
        var stored = (await Data.AuditEventsAsync()).ShouldHaveSingleItem();
        stored.ShouldSatisfyAllConditions(
            s => s.Id.ShouldBe(logged.Id),
            s => s.ActorName.ShouldBe(logged.ActorName),
            s => s.Action.ShouldBe(logged.Action),
            s => s.EntityId.ShouldBe(logged.EntityId),
            s => s.OccurredAt.ShouldBe(logged.OccurredAt),
            s => s.Changes.ShouldBe(logged.Changes));
    }

    private Task<DbException> RefusedAsync(string sql) => WithDbAsync(db => Should.ThrowAsync<DbException>(() => db.Database.ExecuteSqlRawAsync(sql)));

    [Fact]
    public async Task Update_ThroughTheAppsConnection_IsRefused_AndTheRowIsUnchanged()
    {
        var logged = await OneLoggedEventAsync();

        var refused = await RefusedAsync("""UPDATE audit_events SET "ActorName" = 'Någon annan', "Changes" = 'ingenting'""");
        var refusedOne = await RefusedAsync($"""UPDATE audit_events SET "OccurredAt" = "OccurredAt" WHERE "Id" = '{(Factory.Database.Provider == DatabaseProvider.Sqlite ? logged.Id.ToString().ToUpperInvariant() : logged.Id)}'""");

        refused.Message.ShouldContain("audit_events is append-only");
        refusedOne.Message.ShouldContain("audit_events is append-only");
        await ShouldBeUnchangedAsync(logged);
    }

    [Fact]
    public async Task Delete_ThroughTheAppsConnection_IsRefused_AndTheRowIsKept()
    {
        var logged = await OneLoggedEventAsync();

        var refused = await RefusedAsync("DELETE FROM audit_events");
        var emptied = await RefusedAsync(Factory.Database.Provider == DatabaseProvider.PostgreSql ? "TRUNCATE audit_events" : "DELETE FROM audit_events WHERE 1 = 1");

        refused.Message.ShouldContain("audit_events is append-only");
        emptied.Message.ShouldContain("audit_events is append-only");
        await ShouldBeUnchangedAsync(logged);
    }

    [Fact]
    public async Task ChangingOrRemovingALoggedEventThroughEf_IsRefused_AndNewEventsAreStillLogged()
    {
        var logged = await OneLoggedEventAsync();

        await WithDbAsync(async db =>
        {
            var tracked = await db.AuditEvents.SingleAsync();
            tracked.ActorName = "Någon annan";
            await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync());
        });
        await WithDbAsync(async db =>
        {
            db.AuditEvents.Remove(await db.AuditEvents.SingleAsync());
            await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync());
        });
        await WithDbAsync(db => Should.ThrowAsync<DbException>(() => db.AuditEvents.ExecuteDeleteAsync()));
        await WithDbAsync(db => Should.ThrowAsync<DbException>(() => db.AuditEvents.ExecuteUpdateAsync(s => s.SetProperty(e => e.ActorName, "Någon annan"))));
        await ShouldBeUnchangedAsync(logged);

        await Data.CreateUnitAsync("Stockholms stad");
        (await Data.AuditCountAsync()).ShouldBe(2);
    }
}

public sealed class AuditLogAppendOnlyTests_Sqlite(SqliteFixture fixture) : AuditLogAppendOnlyTests(fixture), IClassFixture<SqliteFixture>;

public sealed class AuditLogAppendOnlyTests_PostgreSql(PostgresFixture fixture) : AuditLogAppendOnlyTests(fixture), IClassFixture<PostgresFixture>;

/// <summary>
/// The stricter set-up the README describes for PostgreSQL: a role of the operator's owns <c>audit_events</c> and its
/// trigger function, and the app's role may only read and add events, so it cannot even set the triggers aside.
/// </summary>
public sealed class AuditLogOwnerRoleTests_PostgreSql(PostgresFixture fixture) : IntegrationTest(fixture), IClassFixture<PostgresFixture>
{
    [Fact]
    public async Task AppRole_WithInsertAndSelectOnly_LogsButCannotChangeRemoveOrUnlockTheLog()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var owner = "verksam_audit_" + suffix;
        var app = "verksam_app_" + suffix;
        var database = Factory.Database;
        try
        {
            await ExecuteAsync(database.ConnectionString, $"""
                CREATE ROLE {owner} NOLOGIN;
                CREATE ROLE {app} LOGIN;
                GRANT CONNECT ON DATABASE "{database.DatabaseName}" TO {app};
                GRANT USAGE ON SCHEMA public TO {app};
                GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {app};
                GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {app};
                ALTER TABLE audit_events OWNER TO {owner};
                ALTER FUNCTION audit_events_append_only() OWNER TO {owner};
                REVOKE ALL ON audit_events FROM {app};
                GRANT SELECT, INSERT ON audit_events TO {app};
                """);
            var asApp = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Username = app }.ToString();

            await using (var db = Context(asApp))
            {
                db.OrgUnits.Add(OrgUnit.CreateRoot(Guid.NewGuid(), "Tyresö kommun"));
                await db.SaveChangesAsync();
                (await db.AuditEvents.CountAsync()).ShouldBe(1, "the app's role still logs");
            }

            foreach (var sql in new[]
            {
                """UPDATE audit_events SET "ActorName" = 'Någon annan'""",
                "DELETE FROM audit_events",
                "TRUNCATE audit_events",
                "ALTER TABLE audit_events DISABLE TRIGGER USER",
                "DROP TRIGGER audit_events_no_update_or_delete ON audit_events",
                "CREATE OR REPLACE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN OLD; END $$",
                "DROP TABLE audit_events",
            })
            {
                await using var db = Context(asApp);
                var refused = await Should.ThrowAsync<PostgresException>(() => db.Database.ExecuteSqlRawAsync(sql));
                refused.SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege, sql);
            }

            (await Data.AuditCountAsync()).ShouldBe(1);
        }
        finally
        {
            await ExecuteAsync(database.ConnectionString, $"""
                REASSIGN OWNED BY {owner} TO CURRENT_USER;
                DROP OWNED BY {owner};
                DROP OWNED BY {app};
                DROP ROLE IF EXISTS {owner};
                DROP ROLE IF EXISTS {app};
                """);
        }
    }

    private static VerksamDbContext Context(string connectionString)
    {
        var builder = new DbContextOptionsBuilder<VerksamDbContext>();
        DatabaseSetup.Configure(builder, DatabaseProvider.PostgreSql, connectionString);
        return new VerksamDbContext(builder.Options, new SystemActor(), TimeProvider.System);
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private sealed class SystemActor : IAuditActor
    {
        public string? UserId => null;

        public string Name => "Test";
    }
}
