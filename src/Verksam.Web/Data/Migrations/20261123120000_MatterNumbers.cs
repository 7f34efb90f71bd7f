using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Verksam.Web.Data.Migrations;

/// <summary>
/// A matter gets a number people can refer to: year and running number within its unit ("2024-007"). Matters
/// recorded before this are numbered in the order they were received, the id breaking ties. Additive.
/// </summary>
[DbContext(typeof(VerksamDbContext))]
[Migration("20261123120000_MatterNumbers")]
public sealed class MatterNumbers : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.AddColumn<int>(name: "NumberYear", table: "matters", nullable: false, defaultValue: 0);
        migrationBuilder.AddColumn<int>(name: "Number", table: "matters", nullable: false, defaultValue: 0);

        // SQLite keeps a date as text (yyyy-MM-dd); PostgreSQL as a date.
        var year = migrationBuilder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL"
            ? "CAST(EXTRACT(YEAR FROM \"ReceivedOn\") AS integer)"
            : "CAST(substr(\"ReceivedOn\", 1, 4) AS INTEGER)";
        migrationBuilder.Sql($"UPDATE matters SET \"NumberYear\" = {year}");
        migrationBuilder.Sql("""
            UPDATE matters SET "Number" = (
                SELECT COUNT(*) FROM matters earlier
                WHERE earlier."OrgUnitId" = matters."OrgUnitId" AND earlier."NumberYear" = matters."NumberYear"
                  AND (earlier."ReceivedOn" < matters."ReceivedOn" OR (earlier."ReceivedOn" = matters."ReceivedOn" AND earlier."Id" <= matters."Id")))
            """);
        migrationBuilder.CreateIndex("ux_matters_org_unit_number", "matters", ["OrgUnitId", "NumberYear", "Number"], unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropIndex("ux_matters_org_unit_number", "matters");
        migrationBuilder.DropColumn(name: "Number", table: "matters");
        migrationBuilder.DropColumn(name: "NumberYear", table: "matters");
    }
}
