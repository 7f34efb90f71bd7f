using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Verksam.Web.Data.Migrations;

/// <summary>Monthly and tertial follow-up reports with their texts, the municipality's due day, and an index for the overview. Additive.</summary>
[DbContext(typeof(VerksamDbContext))]
[Migration("20261123080000_FollowUpReports")]
public sealed class FollowUpReports : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "follow_up_reports",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrgUnitId = table.Column<Guid>(nullable: false),
                Year = table.Column<int>(nullable: false),
                PeriodKind = table.Column<int>(nullable: false),
                StartMonth = table.Column<int>(nullable: false),
                EndMonth = table.Column<int>(nullable: false),
                Status = table.Column<int>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                SubmittedAt = table.Column<DateTime>(nullable: true),
                SubmittedById = table.Column<string>(maxLength: 200, nullable: true),
                SubmittedBy = table.Column<string>(maxLength: 200, nullable: true),
                DecidedAt = table.Column<DateTime>(nullable: true),
                DecidedBy = table.Column<string>(maxLength: 200, nullable: true),
                Comment = table.Column<string>(maxLength: 4000, nullable: true),
                Figures = table.Column<string>(nullable: true),
                Version = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_follow_up_reports", x => x.Id);
                table.ForeignKey("fk_follow_up_reports_org_unit", x => x.OrgUnitId, "org_units", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateTable(
            name: "follow_up_texts",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ReportId = table.Column<Guid>(nullable: false),
                OrgUnitId = table.Column<Guid>(nullable: false),
                Key = table.Column<string>(maxLength: 100, nullable: false),
                Text = table.Column<string>(maxLength: 20000, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_follow_up_texts", x => x.Id);
                table.ForeignKey("fk_follow_up_texts_report", x => x.ReportId, "follow_up_reports", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("ux_follow_up_reports_unit_period", "follow_up_reports", ["OrgUnitId", "Year", "PeriodKind", "StartMonth", "EndMonth"], unique: true);
        migrationBuilder.CreateIndex("ux_follow_up_texts_report_key", "follow_up_texts", ["ReportId", "Key"], unique: true);
        migrationBuilder.CreateIndex("ix_goal_assessments_org_unit_year", "goal_assessments", ["OrgUnitId", "Year"]);
        migrationBuilder.AddColumn<int>(name: "ReportDueDay", table: "municipality_settings", nullable: false, defaultValue: 10);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropColumn(name: "ReportDueDay", table: "municipality_settings");
        migrationBuilder.DropIndex("ix_goal_assessments_org_unit_year", "goal_assessments");
        migrationBuilder.DropTable("follow_up_texts");
        migrationBuilder.DropTable("follow_up_reports");
    }
}
