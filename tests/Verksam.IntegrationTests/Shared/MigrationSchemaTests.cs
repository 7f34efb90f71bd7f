using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;
using Verksam.IntegrationTests.Infrastructure;
using Verksam.Web.Data;
using Verksam.Web.Features.Organisation;

namespace Verksam.IntegrationTests.Shared;

/// <summary>
/// The migrations are written by hand, so this is what keeps them honest: a database built from the migrations and
/// one built from the model must have the same tables, columns, types, nullability, keys, foreign keys and indexes.
/// </summary>
public abstract class MigrationSchemaTests(DatabaseProvider provider)
{
    [Fact]
    public async Task MigratedSchema_EqualsTheModel()
    {
        await using var migrated = await TestDatabase.CreateAsync(provider, "migrated");
        await using var fromModel = await TestDatabase.CreateAsync(provider, "model");

        await using (var db = CreateContext(migrated))
        {
            await DatabaseSetup.MigrateAsync(db);
        }

        await using (var db = CreateContext(fromModel))
        {
            await db.Database.EnsureCreatedAsync();
        }

        var expected = await DescribeAsync(fromModel);
        var actual = await DescribeAsync(migrated);

        expected.Count.ShouldBeGreaterThan(50, "the description should cover every table, column and index");
        actual.ShouldBe(expected, ignoreOrder: false);
    }

    [Fact]
    public async Task Migrate_RunTwice_ChangesNothing()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = CreateContext(database);

        await DatabaseSetup.MigrateAsync(db);
        var first = await DescribeAsync(database);
        await DatabaseSetup.MigrateAsync(db);

        (await DescribeAsync(database)).ShouldBe(first);
        (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task MatterNumbers_NumberTheMattersAlreadyRecorded_ByUnitAndYearInTheOrderReceived()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = CreateContext(database);
        await db.GetService<IMigrator>().MigrateAsync("20261123110000_TemplateDataBlocks");
        var unit = OrgUnit.CreateRoot(Guid.NewGuid(), "Kommunen");
        await InsertUnitAsync(db, unit);
        var may = new DateOnly(2024, 5, 1);
        (Guid Id, DateOnly Received)[] matters = [(Guid.NewGuid(), may), (Guid.NewGuid(), new DateOnly(2024, 2, 1)), (Guid.NewGuid(), new DateOnly(2025, 1, 10)), (Guid.NewGuid(), may)];
        foreach (var (id, received) in matters)
        {
            var version = Guid.NewGuid();
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO matters ("Id", "OrgUnitId", "Kind", "ReceivedOn", "Description", "Status", "FeedbackGiven", "Version")
                VALUES ({id}, {unit.Id}, 2, {received}, {"Ärende"}, 1, {false}, {version})
                """);
        }

        await DatabaseSetup.MigrateAsync(db);
        db.ChangeTracker.Clear();

        var references = await db.Matters.AsNoTracking().ToDictionaryAsync(m => m.Id, m => m.Reference);
        references[matters[1].Id].ShouldBe("2024-001");
        references[matters[2].Id].ShouldBe("2025-001");
        var sameDay = new[] { matters[0].Id, matters[3].Id }.Order().Select(id => references[id]).ToList();
        sameDay.ShouldBe(["2024-002", "2024-003"]);
    }

    /// <summary>Inserts a unit as the tables stood before a migration, without the model's newer columns.</summary>
    private static async Task InsertUnitAsync(VerksamDbContext db, OrgUnit unit)
    {
        var version = Guid.NewGuid();
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO org_units ("Id", "Name", "Kind", "ParentId", "Path", "Depth", "IsArchived", "ArchivedAt", "Version")
            VALUES ({unit.Id}, {unit.Name}, {(int)unit.Kind}, {unit.ParentId}, {unit.Path}, {unit.Depth}, {false}, {(DateTime?)null}, {version})
            """);
    }

    [Fact]
    public async Task UnitReportsFrom_UnitsAlreadyMade_ReportFromTheMonthTheLogSawThemCreated()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = CreateContext(database);
        await db.GetService<IMigrator>().MigrateAsync("20261123160000_AppendOnlyAuditLog");
        var logged = OrgUnit.CreateRoot(Guid.NewGuid(), "Kommunen");
        var unlogged = OrgUnit.CreateRoot(Guid.NewGuid(), "Kommunen före loggen");
        await InsertUnitAsync(db, logged);
        await InsertUnitAsync(db, unlogged);
        foreach (var (action, at) in new[] { (1, new DateTime(2025, 3, 14, 23, 30, 0, DateTimeKind.Utc)), (2, new DateTime(2024, 1, 2, 8, 0, 0, DateTimeKind.Utc)) })
        {
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO audit_events ("Id", "OccurredAt", "ActorName", "Action", "EntityType", "EntityId", "OrgUnitId", "Changes")
                VALUES ({Guid.NewGuid()}, {at}, {"Test"}, {action}, {"OrgUnit"}, {logged.Id.ToString()}, {logged.Id}, {"{}"})
                """);
        }

        await DatabaseSetup.MigrateAsync(db);
        db.ChangeTracker.Clear();

        var from = await db.OrgUnits.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.ReportsFrom);
        from[logged.Id].ShouldBe(new DateOnly(2025, 3, 1));
        from[unlogged.Id].ShouldBeNull();
    }

    [Fact]
    public async Task AppendOnlyAuditLog_HidesTheFreeTextsLoggedBefore_KeepsTheValues_AndThenLocksTheLog()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = CreateContext(database);
        await db.GetService<IMigrator>().MigrateAsync("20261123120000_MatterNumbers");
        var goal = Guid.NewGuid();
        var note = Guid.NewGuid();
        var created = Guid.NewGuid();
        var events = new (Guid Id, string Entity, string Changes)[]
        {
            (goal, "Goal", """{"Title":{"Before":"Brukarna är delaktiga","After":"Brukarna är delaktiga i vardagen"},"Description":{"Before":"Gäller 19121212-1212","After":"Ny text"},"ExpectedResults":{"Before":null,"After":"Fler planer"},"SortOrder":{"Before":"10","After":"20"}}"""),
            (created, "Risk", """{"Description":{"Before":null,"After":"Fallrisk för 121212-1212"},"Likelihood":{"Before":null,"After":"3"}}"""),
            (note, "OrgUnit", """{"Needed":"Edit"}"""),
        };
        foreach (var (id, entity, changes) in events)
        {
            var at = new DateTime(2026, 11, 1, 8, 0, 0, DateTimeKind.Utc);
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO audit_events ("Id", "OccurredAt", "ActorName", "Action", "EntityType", "EntityId", "Changes")
                VALUES ({id}, {at}, {"Test"}, 2, {entity}, {id.ToString()}, {changes})
                """);
        }

        await DatabaseSetup.MigrateAsync(db);
        db.ChangeTracker.Clear();

        var stored = await db.AuditEvents.AsNoTracking().ToDictionaryAsync(e => e.Id);
        var goalChanges = stored[goal].ReadChanges();
        goalChanges["Title"].ShouldBe(new AuditChange("Brukarna är delaktiga", "Brukarna är delaktiga i vardagen"));
        goalChanges["Description"].ShouldBe(new AuditChange("(dold)", "(dold)"));
        goalChanges["ExpectedResults"].ShouldBe(new AuditChange(null, "(dold)"));
        goalChanges["SortOrder"].ShouldBe(new AuditChange("10", "20"));
        stored[created].ReadChanges().ShouldBe(new Dictionary<string, AuditChange> { ["Description"] = new(null, "(dold)"), ["Likelihood"] = new(null, "3") }, ignoreOrder: true);
        stored[note].Changes.ShouldBe("""{"Needed":"Edit"}""");
        stored.Values.ShouldAllBe(e => !e.Changes.Contains("1212", StringComparison.Ordinal));
        await Should.ThrowAsync<DbException>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM audit_events"));
    }

    private static VerksamDbContext CreateContext(TestDatabase database)
    {
        var builder = new DbContextOptionsBuilder<VerksamDbContext>();
        DatabaseSetup.Configure(builder, database.Provider, database.ConnectionString);
        return new VerksamDbContext(builder.Options, new SystemActor(), TimeProvider.System);
    }

    private static async Task<List<string>> DescribeAsync(TestDatabase database) =>
        database.Provider == DatabaseProvider.Sqlite ? await DescribeSqliteAsync(database.ConnectionString) : await DescribePostgresAsync(database.ConnectionString);

    private static async Task<List<string>> DescribeSqliteAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        var rows = new List<string>();
        var tables = await QueryAsync(connection,
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT IN ('__EFMigrationsHistory', '__EFMigrationsLock') AND name NOT LIKE 'qrtz!_%' ESCAPE '!' ORDER BY name");
        foreach (var table in tables.Select(t => t[0]))
        {
            rows.Add($"table {table}");
            foreach (var c in await QueryAsync(connection, $"SELECT name, type, \"notnull\", pk FROM pragma_table_info('{table}') ORDER BY name"))
            {
                rows.Add($"column {table}.{c[0]} {c[1]} notnull={c[2]} pk={c[3]}");
            }

            foreach (var f in await QueryAsync(connection, $"SELECT \"from\", \"table\", \"to\", on_delete FROM pragma_foreign_key_list('{table}') ORDER BY \"from\""))
            {
                rows.Add($"fk {table}.{f[0]} -> {f[1]}.{f[2]} on delete {f[3]}");
            }

            foreach (var i in await QueryAsync(connection, $"SELECT name, \"unique\", origin FROM pragma_index_list('{table}') ORDER BY name"))
            {
                var columns = await QueryAsync(connection, $"SELECT name FROM pragma_index_info('{i[0]}') ORDER BY seqno");
                var name = i[2] == "pk" ? "(primary key)" : i[0];
                rows.Add($"index {table}.{name} unique={i[1]} ({string.Join(",", columns.Select(c => c[0]))})");
            }
        }

        return rows;
    }

    private static async Task<List<string>> DescribePostgresAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var rows = new List<string>();
        foreach (var c in await QueryAsync(connection, """
            SELECT table_name, column_name, data_type, coalesce(character_maximum_length::text, ''), is_nullable, is_identity
            FROM information_schema.columns
            WHERE table_schema = 'public' AND table_name <> '__EFMigrationsHistory' AND table_name NOT LIKE 'qrtz\_%'
            ORDER BY table_name, column_name
            """))
        {
            rows.Add($"column {c[0]}.{c[1]} {c[2]}({c[3]}) nullable={c[4]} identity={c[5]}");
        }

        foreach (var k in await QueryAsync(connection, """
            SELECT tc.table_name, tc.constraint_name, tc.constraint_type, string_agg(kcu.column_name, ',' ORDER BY kcu.ordinal_position),
                   coalesce(rc.delete_rule, ''), coalesce(ccu.table_name, '')
            FROM information_schema.table_constraints tc
            JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = tc.constraint_name AND kcu.table_schema = tc.table_schema
            LEFT JOIN information_schema.referential_constraints rc ON rc.constraint_name = tc.constraint_name AND rc.constraint_schema = tc.table_schema
            LEFT JOIN (SELECT DISTINCT constraint_name, table_name FROM information_schema.constraint_column_usage WHERE table_schema = 'public') ccu
                   ON ccu.constraint_name = tc.constraint_name AND tc.constraint_type = 'FOREIGN KEY'
            WHERE tc.table_schema = 'public' AND tc.table_name <> '__EFMigrationsHistory' AND tc.table_name NOT LIKE 'qrtz\_%' AND tc.constraint_type IN ('PRIMARY KEY', 'FOREIGN KEY', 'UNIQUE')
            GROUP BY tc.table_name, tc.constraint_name, tc.constraint_type, rc.delete_rule, ccu.table_name
            ORDER BY tc.table_name, tc.constraint_name
            """))
        {
            rows.Add($"constraint {k[0]}.{k[1]} {k[2]} ({k[3]}) {k[4]} {k[5]}".TrimEnd());
        }

        foreach (var i in await QueryAsync(connection, """
            SELECT tablename, indexname, indexdef FROM pg_indexes
            WHERE schemaname = 'public' AND tablename <> '__EFMigrationsHistory' AND tablename NOT LIKE 'qrtz\_%'
            ORDER BY tablename, indexname
            """))
        {
            rows.Add($"index {i[0]}.{i[1]}: {i[2]}");
        }

        return rows;
    }

    private static async Task<List<string[]>> QueryAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var result = new List<string[]>();
        while (await reader.ReadAsync())
        {
            var row = new string[reader.FieldCount];
            for (var i = 0; i < reader.FieldCount; i++)
            {
                row[i] = reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)!;
            }

            result.Add(row);
        }

        return result;
    }

    private sealed class SystemActor : IAuditActor
    {
        public string? UserId => null;

        public string Name => "Test";
    }
}

public sealed class MigrationSchemaTests_Sqlite() : MigrationSchemaTests(DatabaseProvider.Sqlite);

public sealed class MigrationSchemaTests_PostgreSql() : MigrationSchemaTests(DatabaseProvider.PostgreSql);
