using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Verksam.Web.Data.Migrations;

/// <summary>
/// The start page tells a user what changed since their last visit: a user's last request to it, and the moment the
/// current visit compares with. Kept in the database, so every app instance answers the same. Additive.
/// </summary>
[DbContext(typeof(VerksamDbContext))]
[Migration("20261201192000_UserVisits")]
public sealed class UserVisits : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.AddColumn<DateTime>(name: "LastSeenAt", table: "users", nullable: true);
        migrationBuilder.AddColumn<DateTime>(name: "ChangesSince", table: "users", nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropColumn(name: "ChangesSince", table: "users");
        migrationBuilder.DropColumn(name: "LastSeenAt", table: "users");
    }
}
