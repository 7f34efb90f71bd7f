using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Verksam.Web.Data.Migrations;

/// <summary>
/// A template section names the data block it shows (risks, assignments, annual wheel, the register's table, the
/// kvalitetsplan's tables). Sections copied before this carry the block their key had. Additive.
/// </summary>
[DbContext(typeof(VerksamDbContext))]
[Migration("20261123110000_TemplateDataBlocks")]
public sealed class TemplateDataBlocks : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.AddColumn<int>(name: "Block", table: "report_template_sections", nullable: false, defaultValue: 0);
        foreach (var (key, block) in new[] { ("risker", 1), ("uppdrag", 2), ("arshjul", 3), ("synpunkter-redovisning", 4), ("kvalitet-risker", 5), ("kvalitet-indikatorer", 6) })
        {
            // Only in the report types whose built-in section had the block (a plan's "uppdrag" is a text).
            var kinds = key switch
            {
                "kvalitet-risker" or "kvalitet-indikatorer" => "4",
                "synpunkter-redovisning" => "5",
                _ => "2, 3",
            };
            migrationBuilder.Sql($"UPDATE report_template_sections SET \"Block\" = {block} WHERE \"Key\" = '{key}' AND \"TemplateId\" IN (SELECT \"Id\" FROM report_templates WHERE \"Kind\" IN ({kinds}))");
        }
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropColumn(name: "Block", table: "report_template_sections");
    }
}
