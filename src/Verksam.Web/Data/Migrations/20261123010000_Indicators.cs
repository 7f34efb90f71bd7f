using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Verksam.Web.Data.Migrations;

/// <summary>Indicators with their scales and targets, and their outcomes per period. See Initial for how these are written.</summary>
[DbContext(typeof(VerksamDbContext))]
[Migration("20261123010000_Indicators")]
public sealed class Indicators : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);

        migrationBuilder.CreateTable(
            name: "indicators",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrgUnitId = table.Column<Guid>(nullable: false),
                Year = table.Column<int>(nullable: false),
                Name = table.Column<string>(maxLength: 400, nullable: false),
                Description = table.Column<string>(maxLength: 4000, nullable: true),
                Unit = table.Column<int>(nullable: false),
                Decimals = table.Column<int>(nullable: false),
                Periodicity = table.Column<int>(nullable: false),
                Measurement = table.Column<int>(nullable: false),
                SurveyAnswers = table.Column<string>(maxLength: 2000, nullable: false),
                Scale = table.Column<string>(maxLength: 2000, nullable: true),
                Direction = table.Column<int>(nullable: false),
                IsAccumulated12Months = table.Column<bool>(nullable: false),
                AnnualTarget = table.Column<decimal>(precision: 18, scale: 4, nullable: true),
                AnnualTargetText = table.Column<string>(maxLength: 200, nullable: true),
                CouncilTarget = table.Column<decimal>(precision: 18, scale: 4, nullable: true),
                CouncilTargetText = table.Column<string>(maxLength: 200, nullable: true),
                SplitBySex = table.Column<bool>(nullable: false),
                ExternalKpiId = table.Column<string>(maxLength: 50, nullable: true),
                SortOrder = table.Column<int>(nullable: false),
                IsDemo = table.Column<bool>(nullable: false),
                Version = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_indicators", x => x.Id);
                table.ForeignKey("fk_indicators_org_unit", x => x.OrgUnitId, "org_units", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "outcomes",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                IndicatorId = table.Column<Guid>(nullable: false),
                OrgUnitId = table.Column<Guid>(nullable: false),
                Year = table.Column<int>(nullable: false),
                PeriodKind = table.Column<int>(nullable: false),
                StartMonth = table.Column<int>(nullable: false),
                EndMonth = table.Column<int>(nullable: false),
                Value = table.Column<decimal>(precision: 18, scale: 4, nullable: true),
                Numerator = table.Column<decimal>(precision: 18, scale: 4, nullable: true),
                Denominator = table.Column<decimal>(precision: 18, scale: 4, nullable: true),
                SurveyCounts = table.Column<string>(maxLength: 2000, nullable: false),
                ValueMen = table.Column<decimal>(precision: 18, scale: 4, nullable: true),
                ValueWomen = table.Column<decimal>(precision: 18, scale: 4, nullable: true),
                Comment = table.Column<string>(maxLength: 2000, nullable: true),
                IsDemo = table.Column<bool>(nullable: false),
                Version = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_outcomes", x => x.Id);
                table.ForeignKey("fk_outcomes_indicator", x => x.IndicatorId, "indicators", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex("ix_indicators_org_unit_year", "indicators", ["OrgUnitId", "Year"]);
        migrationBuilder.CreateIndex("ix_outcomes_org_unit_year", "outcomes", ["OrgUnitId", "Year"]);
        migrationBuilder.CreateIndex("ux_outcomes_indicator_period", "outcomes", ["IndicatorId", "Year", "PeriodKind", "StartMonth", "EndMonth"], unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable("outcomes");
        migrationBuilder.DropTable("indicators");
    }
}
