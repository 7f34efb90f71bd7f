using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Verksam.Web.Data.Migrations;

/// <summary>Goals with their indicators and assessments per period, and each municipality's roll-up rule. See Initial for how these are written.</summary>
[DbContext(typeof(VerksamDbContext))]
[Migration("20261123020000_Goals")]
public sealed class Goals : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);

        migrationBuilder.CreateTable(
            name: "goals",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrgUnitId = table.Column<Guid>(nullable: false),
                Year = table.Column<int>(nullable: false),
                Level = table.Column<int>(nullable: false),
                ParentId = table.Column<Guid>(nullable: true),
                Perspective = table.Column<string>(maxLength: 100, nullable: true),
                Title = table.Column<string>(maxLength: 1000, nullable: false),
                SortOrder = table.Column<int>(nullable: false),
                Version = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_goals", x => x.Id);
                table.ForeignKey("fk_goals_org_unit", x => x.OrgUnitId, "org_units", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("fk_goals_parent", x => x.ParentId, "goals", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "municipality_settings",
            columns: table => new
            {
                OrgUnitId = table.Column<Guid>(nullable: false),
                RollUpRule = table.Column<int>(nullable: false),
                GreenFrom = table.Column<decimal>(precision: 9, scale: 4, nullable: false),
                YellowFrom = table.Column<decimal>(precision: 9, scale: 4, nullable: false),
                Version = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_municipality_settings", x => x.OrgUnitId);
                table.ForeignKey("fk_municipality_settings_org_unit", x => x.OrgUnitId, "org_units", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "goal_assessments",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                GoalId = table.Column<Guid>(nullable: false),
                OrgUnitId = table.Column<Guid>(nullable: false),
                Year = table.Column<int>(nullable: false),
                PeriodKind = table.Column<int>(nullable: false),
                StartMonth = table.Column<int>(nullable: false),
                EndMonth = table.Column<int>(nullable: false),
                Colour = table.Column<int>(nullable: true),
                Fulfilment = table.Column<int>(nullable: true),
                Motivation = table.Column<string>(maxLength: 8000, nullable: true),
                ProposedColour = table.Column<int>(nullable: true),
                ProposalRule = table.Column<int>(nullable: true),
                Version = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_goal_assessments", x => x.Id);
                table.ForeignKey("fk_goal_assessments_goal", x => x.GoalId, "goals", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "goal_indicators",
            columns: table => new
            {
                GoalId = table.Column<Guid>(nullable: false),
                IndicatorId = table.Column<Guid>(nullable: false),
                OrgUnitId = table.Column<Guid>(nullable: false),
                Weight = table.Column<decimal>(precision: 9, scale: 4, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_goal_indicators", x => new { x.GoalId, x.IndicatorId });
                table.ForeignKey("fk_goal_indicators_goal", x => x.GoalId, "goals", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("fk_goal_indicators_indicator", x => x.IndicatorId, "indicators", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex("ux_goal_assessments_goal_period", "goal_assessments", ["GoalId", "Year", "PeriodKind", "StartMonth", "EndMonth"], unique: true);
        migrationBuilder.CreateIndex("ix_goal_indicators_indicator_id", "goal_indicators", "IndicatorId");
        migrationBuilder.CreateIndex("ix_goals_org_unit_year", "goals", ["OrgUnitId", "Year"]);
        migrationBuilder.CreateIndex("ix_goals_parent_id", "goals", "ParentId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable("goal_indicators");
        migrationBuilder.DropTable("goal_assessments");
        migrationBuilder.DropTable("municipality_settings");
        migrationBuilder.DropTable("goals");
    }
}
