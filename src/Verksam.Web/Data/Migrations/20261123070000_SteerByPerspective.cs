using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Verksam.Web.Data.Migrations;

/// <summary>Whether a municipality groups goals by perspective instead of numbering them. Additive.</summary>
[DbContext(typeof(VerksamDbContext))]
[Migration("20261123070000_SteerByPerspective")]
public sealed class SteerByPerspective : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.AddColumn<bool>(name: "SteerByPerspective", table: "municipality_settings", nullable: false, defaultValue: false);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropColumn(name: "SteerByPerspective", table: "municipality_settings");
    }
}
