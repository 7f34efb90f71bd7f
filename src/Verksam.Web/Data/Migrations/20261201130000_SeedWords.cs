using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Verksam.Web.Data.Migrations;

/// <summary>
/// Homes for the seeds' words that had none: a note under a goal in the follow-up report ("*Varje delår: …"), a text a
/// template section prints in every document made from it ("Instruktioner: …"), before or after its table, and an
/// outcome marked as not assessed (no colour, as the seed leaves the Bedömning cell empty). Additive.
/// </summary>
[DbContext(typeof(VerksamDbContext))]
[Migration("20261201130000_SeedWords")]
public sealed class SeedWords : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.AddColumn<string>(name: "ReportNote", table: "goals", nullable: true);
        migrationBuilder.AddColumn<string>(name: "DocumentText", table: "report_template_sections", nullable: true);
        migrationBuilder.AddColumn<bool>(name: "DocumentTextAfterBlock", table: "report_template_sections", nullable: false, defaultValue: false);
        migrationBuilder.AddColumn<bool>(name: "NotAssessed", table: "outcomes", nullable: false, defaultValue: false);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropColumn(name: "ReportNote", table: "goals");
        migrationBuilder.DropColumn(name: "DocumentText", table: "report_template_sections");
        migrationBuilder.DropColumn(name: "DocumentTextAfterBlock", table: "report_template_sections");
        migrationBuilder.DropColumn(name: "NotAssessed", table: "outcomes");
    }
}
