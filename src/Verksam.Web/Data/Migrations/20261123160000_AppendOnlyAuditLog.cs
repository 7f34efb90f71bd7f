using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Verksam.Web.Data.Migrations;

/// <summary>
/// The audit log becomes append-only in the database itself (issue 17, item 10): triggers refuse every UPDATE and
/// DELETE of <c>audit_events</c>, and on PostgreSQL every TRUNCATE, whoever sends it, so the app's own connection
/// cannot alter what it logged. Before the log is locked, the free texts that earlier versions logged word for word
/// (item 5) are replaced by "(dold)", as the app now logs them; names, titles and every other value stay.
/// A later migration that rebuilds <c>audit_events</c> (SQLite drops a table's triggers with it) must create the
/// triggers again; the tests that change a row fail if it does not. An operator may in addition let a role of its own
/// own the table on PostgreSQL, so the app's role cannot even drop the triggers: see the README.
/// </summary>
[DbContext(typeof(VerksamDbContext))]
[Migration("20261123160000_AppendOnlyAuditLog")]
public sealed class AppendOnlyAuditLog : Migration
{
    /// <summary>What the log holds instead of a free text (<c>SensitiveTextAttribute.Placeholder</c> when this was written).</summary>
    private const string Hidden = "(dold)";

    /// <summary>The text properties each audited entity had when this was written that are free texts, not values.</summary>
    private static readonly (string Entity, string[] Properties)[] FreeTexts =
    [
        ("Activity", ["Responsible", "Deviation"]),
        ("Assignment", ["Commissioner", "Aim", "Comment"]),
        ("FollowUpReport", ["Comment", "Figures"]),
        ("FollowUpText", ["Text"]),
        ("Goal", ["Description", "ExpectedResults", "WorkingMethod", "ResourceUse", "FollowUp", "Development"]),
        ("GoalAssessment", ["Motivation"]),
        ("Indicator", ["Description", "AnnualTargetText", "CouncilTargetText"]),
        ("Matter", ["OtherCategory", "Description", "Investigation", "Measures"]),
        ("Outcome", ["Comment"]),
        ("PlanSectionText", ["Text"]),
        ("QualityAction", ["Description", "Responsible"]),
        ("RegisterSummary", ["Group", "Text"]),
        ("ReportTemplateSection", ["Instruction"]),
        ("Risk", ["Description", "Category", "RemovalComment"]),
        ("RiskFollowUp", ["Comment"]),
        ("SelfMonitoring", ["Purpose", "Frequency", "Responsible"]),
        ("SelfMonitoringResult", ["Note"]),
        ("WheelActivity", ["Responsible", "Comment"]),
    ];

    private static bool IsPostgres(MigrationBuilder migrationBuilder) => migrationBuilder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        var postgres = IsPostgres(migrationBuilder);
        foreach (var (entity, properties) in FreeTexts)
        {
            foreach (var property in properties)
            {
                migrationBuilder.Sql(postgres ? HidePostgres(entity, property) : HideSqlite(entity, property));
            }
        }

        if (postgres)
        {
            migrationBuilder.Sql("""
                CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'audit_events is append-only: % is not allowed', TG_OP
                        USING ERRCODE = 'insufficient_privilege', HINT = 'The audit log keeps every event for good.';
                END
                $$
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER audit_events_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_events
                FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
                FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()
                """);
        }
        else
        {
            migrationBuilder.Sql("""
                CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
                BEGIN SELECT RAISE(ABORT, 'audit_events is append-only: UPDATE is not allowed'); END
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
                BEGIN SELECT RAISE(ABORT, 'audit_events is append-only: DELETE is not allowed'); END
                """);
        }
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        if (IsPostgres(migrationBuilder))
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS audit_events_no_truncate ON audit_events");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS audit_events_no_update_or_delete ON audit_events");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS audit_events_append_only()");
        }
        else
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS audit_events_no_delete");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS audit_events_no_update");
        }
    }

    /// <summary>Each side of one property's change that held a text holds "(dold)" instead; null stays null.</summary>
    private static string HideSqlite(string entity, string property) => $"""
        UPDATE audit_events SET "Changes" = json_set("Changes",
            '$.{property}.Before', CASE json_type("Changes", '$.{property}.Before') WHEN 'text' THEN '{Hidden}' ELSE NULL END,
            '$.{property}.After', CASE json_type("Changes", '$.{property}.After') WHEN 'text' THEN '{Hidden}' ELSE NULL END)
        WHERE "EntityType" = '{entity}' AND json_valid("Changes") AND json_type("Changes", '$.{property}') = 'object'
        """;

    private static string HidePostgres(string entity, string property) => $$"""
        UPDATE audit_events SET "Changes" = jsonb_set(jsonb_set("Changes"::jsonb,
            '{{{property}},Before}', CASE jsonb_typeof("Changes"::jsonb #> '{{{property}},Before}') WHEN 'string' THEN '"{{Hidden}}"'::jsonb ELSE 'null'::jsonb END),
            '{{{property}},After}', CASE jsonb_typeof("Changes"::jsonb #> '{{{property}},After}') WHEN 'string' THEN '"{{Hidden}}"'::jsonb ELSE 'null'::jsonb END)::text
        WHERE "EntityType" = '{{entity}}' AND "Changes" LIKE '%"{{property}}"%' AND jsonb_typeof("Changes"::jsonb -> '{{property}}') = 'object'
        """;
}
