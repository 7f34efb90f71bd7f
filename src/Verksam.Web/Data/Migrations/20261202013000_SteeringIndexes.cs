using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Verksam.Web.Data.Migrations;

/// <summary>
/// Indexes for the start page and the heat maps at a city's size: a unit's latest coloured month and a month's colours
/// are read from one partial index (only assessments with a colour), and the reports awaiting approval or moved since
/// the last visit are read in the order of their moment per status, so that the newest fifty need not sort every report.
/// Additive; the same filter text works on SQLite and PostgreSQL.
/// </summary>
[DbContext(typeof(VerksamDbContext))]
[Migration("20261202013000_SteeringIndexes")]
public sealed class SteeringIndexes : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateIndex(
            name: "ix_goal_assessments_unit_coloured",
            table: "goal_assessments",
            columns: ["OrgUnitId", "PeriodKind", "Year", "StartMonth", "Colour"],
            filter: "\"Colour\" IS NOT NULL");
        migrationBuilder.CreateIndex(name: "ix_follow_up_reports_status_submitted_at", table: "follow_up_reports", columns: ["Status", "SubmittedAt"]);
        migrationBuilder.CreateIndex(name: "ix_follow_up_reports_status_decided_at", table: "follow_up_reports", columns: ["Status", "DecidedAt"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropIndex(name: "ix_follow_up_reports_status_decided_at", table: "follow_up_reports");
        migrationBuilder.DropIndex(name: "ix_follow_up_reports_status_submitted_at", table: "follow_up_reports");
        migrationBuilder.DropIndex(name: "ix_goal_assessments_unit_coloured", table: "goal_assessments");
    }
}
