using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Verksam.Web.Data.Migrations;

/// <summary>A municipality's own copies of the built-in report templates, with their sections.</summary>
[DbContext(typeof(VerksamDbContext))]
[Migration("20261123060000_ReportTemplates")]
public sealed class ReportTemplates : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "report_templates",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                MunicipalityId = table.Column<Guid>(nullable: false),
                Kind = table.Column<int>(nullable: false),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                Version = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_report_templates", x => x.Id);
                table.ForeignKey("fk_report_templates_municipality", x => x.MunicipalityId, "org_units", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateTable(
            name: "report_template_sections",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TemplateId = table.Column<Guid>(nullable: false),
                MunicipalityId = table.Column<Guid>(nullable: false),
                Key = table.Column<string>(maxLength: 100, nullable: false),
                Title = table.Column<string>(maxLength: 300, nullable: false),
                Level = table.Column<int>(nullable: false),
                Placement = table.Column<int>(nullable: false),
                Instruction = table.Column<string>(maxLength: 4000, nullable: false),
                SortOrder = table.Column<int>(nullable: false),
                Version = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_report_template_sections", x => x.Id);
                table.ForeignKey("fk_report_template_sections_template", x => x.TemplateId, "report_templates", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("ux_report_templates_municipality_kind", "report_templates", ["MunicipalityId", "Kind"], unique: true);
        migrationBuilder.CreateIndex("ux_report_template_sections_template_key", "report_template_sections", ["TemplateId", "Key"], unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable("report_template_sections");
        migrationBuilder.DropTable("report_templates");
    }
}
