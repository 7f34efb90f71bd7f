using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Verksam.Web.Data.Migrations;

/// <summary>A unit's verksamhetsplan per year and its section texts.</summary>
[DbContext(typeof(VerksamDbContext))]
[Migration("20261123040000_OperationalPlans")]
public sealed class OperationalPlans : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "operational_plans",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrgUnitId = table.Column<Guid>(nullable: false),
                Year = table.Column<int>(nullable: false),
                Version = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_operational_plans", x => x.Id);
                table.ForeignKey("fk_operational_plans_org_unit", x => x.OrgUnitId, "org_units", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateTable(
            name: "plan_section_texts",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                PlanId = table.Column<Guid>(nullable: false),
                OrgUnitId = table.Column<Guid>(nullable: false),
                SectionKey = table.Column<string>(maxLength: 100, nullable: false),
                Text = table.Column<string>(maxLength: 20_000, nullable: true),
                Version = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_plan_section_texts", x => x.Id);
                table.ForeignKey("fk_plan_section_texts_plan", x => x.PlanId, "operational_plans", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("ux_operational_plans_unit_year", "operational_plans", ["OrgUnitId", "Year"], unique: true);
        migrationBuilder.CreateIndex("ux_plan_section_texts_plan_key", "plan_section_texts", ["PlanId", "SectionKey"], unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable("plan_section_texts");
        migrationBuilder.DropTable("operational_plans");
    }
}
