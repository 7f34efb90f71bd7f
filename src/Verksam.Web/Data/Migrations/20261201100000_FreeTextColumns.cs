using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Verksam.Web.Data.Migrations;

/// <summary>
/// Every free text has one limit, <see cref="Shared.Validation.FreeText.MaxLength"/>, checked by the app; the
/// columns behind them become unbounded text so that the limit is that rule alone. PostgreSQL changes a varchar to
/// text without rewriting the table; SQLite keeps text without a length already. Nothing is lost either way: a
/// longer text written before is kept, and the form asks for it to be shortened when it is next saved.
/// </summary>
[DbContext(typeof(VerksamDbContext))]
[Migration("20261201100000_FreeTextColumns")]
public sealed class FreeTextColumns : Migration
{
    internal static readonly (string Table, string Column, int Length)[] Columns =
    [
        ("matters", "Description", 4000),
        ("matters", "Investigation", 4000),
        ("matters", "Measures", 4000),
        ("register_summaries", "Text", 4000),
        ("plan_section_texts", "Text", 20_000),
        ("report_template_sections", "Instruction", 4000),
        ("assignments", "Aim", 4000),
        ("assignments", "Comment", 4000),
        ("goals", "Description", 10_000),
        ("goals", "ExpectedResults", 10_000),
        ("goals", "WorkingMethod", 10_000),
        ("goals", "ResourceUse", 10_000),
        ("goals", "FollowUp", 10_000),
        ("goals", "Development", 10_000),
        ("activities", "Deviation", 4000),
        ("goal_assessments", "Motivation", 8000),
        ("wheel_activities", "Comment", 2000),
        ("risks", "Description", 2000),
        ("risks", "RemovalComment", 2000),
        ("risk_follow_ups", "Comment", 2000),
        ("quality_actions", "Description", 4000),
        ("follow_up_reports", "Comment", 4000),
        ("follow_up_texts", "Text", 20_000),
        ("indicators", "Description", 4000),
        ("outcomes", "Comment", 2000),
        ("self_monitorings", "Purpose", 4000),
        ("self_monitoring_results", "Note", 4000),
    ];

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        if (migrationBuilder.ActiveProvider != "Npgsql.EntityFrameworkCore.PostgreSQL")
        {
            return;
        }

        foreach (var (table, column, _) in Columns)
        {
            migrationBuilder.Sql($"ALTER TABLE {table} ALTER COLUMN \"{column}\" TYPE text");
        }
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        if (migrationBuilder.ActiveProvider != "Npgsql.EntityFrameworkCore.PostgreSQL")
        {
            return;
        }

        // Going back refuses, rather than cuts, a text that has grown longer than its old column.
        foreach (var (table, column, length) in Columns)
        {
            migrationBuilder.Sql($"ALTER TABLE {table} ALTER COLUMN \"{column}\" TYPE character varying({length})");
        }
    }
}
