using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Verksam.Web.Data.Migrations;

/// <summary>
/// A municipality says which kinds of follow-up report it uses — monthly, tertial, the verksamhetsberättelse — and
/// only those are due. Municipalities already set up keep all three, as before, until an administrator chooses.
/// </summary>
[DbContext(typeof(VerksamDbContext))]
[Migration("20261201101000_MunicipalityReportUse")]
public sealed class MunicipalityReportUse : Migration
{
    private static readonly string[] Columns = ["UsesMonthlyReports", "UsesTertialReports", "UsesAnnualReport"];

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        foreach (var column in Columns)
        {
            migrationBuilder.AddColumn<bool>(name: column, table: "municipality_settings", nullable: false, defaultValue: true);
        }
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        foreach (var column in Columns)
        {
            migrationBuilder.DropColumn(name: column, table: "municipality_settings");
        }
    }
}
