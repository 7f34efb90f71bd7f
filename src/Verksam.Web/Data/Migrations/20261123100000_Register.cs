using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Verksam.Web.Data.Migrations;

/// <summary>
/// The register of synpunkter, klagomål, beröm, avvikelser, Lex Sarah and Lex Maria reports; its time limits per unit;
/// the texts beside the year's table; and grants that include the register. Additive.
/// </summary>
[DbContext(typeof(VerksamDbContext))]
[Migration("20261123100000_Register")]
public sealed class Register : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.AddColumn<bool>(name: "IncludesRegister", table: "access_grants", nullable: false, defaultValue: false);
        migrationBuilder.CreateTable(
            name: "matters",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrgUnitId = table.Column<Guid>(nullable: false),
                Kind = table.Column<int>(nullable: false),
                ReceivedOn = table.Column<DateOnly>(nullable: false),
                Source = table.Column<int>(nullable: true),
                Category = table.Column<int>(nullable: true),
                OtherCategory = table.Column<string>(maxLength: 200, nullable: true),
                IdentifiedBy = table.Column<int>(nullable: true),
                DeviationCategory = table.Column<int>(nullable: true),
                Concerns = table.Column<int>(nullable: true),
                Description = table.Column<string>(maxLength: 4000, nullable: false),
                Status = table.Column<int>(nullable: false),
                Investigation = table.Column<string>(maxLength: 4000, nullable: true),
                Measures = table.Column<string>(maxLength: 4000, nullable: true),
                FeedbackGiven = table.Column<bool>(nullable: false),
                FeedbackOn = table.Column<DateOnly>(nullable: true),
                FeedbackForm = table.Column<int>(nullable: true),
                Decision = table.Column<int>(nullable: true),
                DecidedOn = table.Column<DateOnly>(nullable: true),
                IvoNotifiedOn = table.Column<DateOnly>(nullable: true),
                ClosedOn = table.Column<DateOnly>(nullable: true),
                Version = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_matters", x => x.Id);
                table.ForeignKey("fk_matters_org_unit", x => x.OrgUnitId, "org_units", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateTable(
            name: "register_settings",
            columns: table => new
            {
                OrgUnitId = table.Column<Guid>(nullable: false),
                OpenDaysLimit = table.Column<int>(nullable: false),
                DecisionDaysLimit = table.Column<int>(nullable: false),
                IvoDaysLimit = table.Column<int>(nullable: false),
                Version = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_register_settings", x => x.OrgUnitId);
                table.ForeignKey("fk_register_settings_org_unit", x => x.OrgUnitId, "org_units", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateTable(
            name: "register_summaries",
            columns: table => new
            {
                OrgUnitId = table.Column<Guid>(nullable: false),
                Year = table.Column<int>(nullable: false),
                Group = table.Column<string>(maxLength: 40, nullable: false),
                Text = table.Column<string>(maxLength: 4000, nullable: false),
                Version = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_register_summaries", x => new { x.OrgUnitId, x.Year, x.Group });
                table.ForeignKey("fk_register_summaries_org_unit", x => x.OrgUnitId, "org_units", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("ix_matters_org_unit_received", "matters", ["OrgUnitId", "ReceivedOn"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable("register_summaries");
        migrationBuilder.DropTable("register_settings");
        migrationBuilder.DropTable("matters");
        migrationBuilder.DropColumn(name: "IncludesRegister", table: "access_grants");
    }
}
