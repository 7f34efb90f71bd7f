using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Verksam.Web.Data.Migrations;

/// <summary>
/// An administrator can disable an account; failed logins are counted per user name and client address, so that
/// waiting after too many failures holds up that pair and not the account everywhere. Additive.
/// </summary>
[DbContext(typeof(VerksamDbContext))]
[Migration("20261123150000_SessionsAndLogins")]
public sealed class SessionsAndLogins : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.AddColumn<bool>(name: "IsDisabled", table: "users", nullable: false, defaultValue: false);
        migrationBuilder.CreateTable(
            name: "login_throttles",
            columns: table => new
            {
                Key = table.Column<string>(maxLength: 400, nullable: false),
                Failures = table.Column<int>(nullable: false),
                LastFailureAt = table.Column<DateTime>(nullable: false),
                WaitUntil = table.Column<DateTime>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_login_throttles", x => x.Key));
        migrationBuilder.CreateIndex("ix_login_throttles_last_failure", "login_throttles", "LastFailureAt");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable(name: "login_throttles");
        migrationBuilder.DropColumn(name: "IsDisabled", table: "users");
    }
}
