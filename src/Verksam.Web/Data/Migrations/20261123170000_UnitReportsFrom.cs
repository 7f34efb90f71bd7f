using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Verksam.Web.Data.Migrations;

/// <summary>
/// A unit owes follow-up reports from a month: the month it was created, which an administrator may change. Units
/// that already exist take the month the audit log saw them created; a unit the log does not know keeps none and owes
/// every period, as before. Additive.
/// </summary>
[DbContext(typeof(VerksamDbContext))]
[Migration("20261123170000_UnitReportsFrom")]
public sealed class UnitReportsFrom : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.AddColumn<DateOnly>(name: "ReportsFrom", table: "org_units", nullable: true);

        // SQLite keeps a timestamp and a date as text (yyyy-MM-dd…) and a Guid in upper case; PostgreSQL as its types.
        var postgres = migrationBuilder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL";
        var month = postgres ? "CAST(date_trunc('month', MIN(e.\"OccurredAt\")) AS date)" : "substr(MIN(e.\"OccurredAt\"), 1, 7) || '-01'";
        var id = postgres ? "CAST(org_units.\"Id\" AS text)" : "lower(org_units.\"Id\")";
        migrationBuilder.Sql($"""
            UPDATE org_units SET "ReportsFrom" = (
                SELECT {month} FROM audit_events e
                WHERE e."EntityType" = 'OrgUnit' AND e."Action" = 1 AND e."EntityId" = {id})
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropColumn(name: "ReportsFrom", table: "org_units");
    }
}
