using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Verksam.Web.Data.Migrations;

/// <summary>
/// Notifications (Aviseringar): the rows users read and the mail job delivers from, each user's mail choice per kind,
/// the send log an administrator reads, and the municipality's days of warning before a report is due. Additive.
/// </summary>
[DbContext(typeof(VerksamDbContext))]
[Migration("20261202020000_Notifications")]
public sealed class Notifications : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.AddColumn<int>(name: "NotifyDaysBeforeDue", table: "municipality_settings", nullable: false, defaultValue: 5);
        migrationBuilder.CreateTable(
            name: "notifications",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                UserId = table.Column<string>(maxLength: 64, nullable: false),
                Kind = table.Column<int>(nullable: false),
                OrgUnitId = table.Column<Guid>(nullable: false),
                Subject = table.Column<string>(maxLength: 300, nullable: false),
                Comment = table.Column<string>(maxLength: 4000, nullable: true),
                Link = table.Column<string>(maxLength: 500, nullable: false),
                Key = table.Column<string>(maxLength: 200, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                ReadAt = table.Column<DateTime>(nullable: true),
                Mail = table.Column<int>(nullable: false),
                MailAttempts = table.Column<int>(nullable: false),
                MailDueAt = table.Column<DateTime>(nullable: true),
                MailClaimedUntil = table.Column<DateTime>(nullable: true),
                MailSentAt = table.Column<DateTime>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_notifications", x => x.Id);
                table.ForeignKey("fk_notifications_user", x => x.UserId, "users", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("fk_notifications_org_unit", x => x.OrgUnitId, "org_units", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("ux_notifications_user_key", "notifications", ["UserId", "Key"], unique: true);
        migrationBuilder.CreateIndex("ix_notifications_user_read", "notifications", ["UserId", "ReadAt"]);
        migrationBuilder.CreateIndex("ix_notifications_mail", "notifications", ["Mail", "MailDueAt"]);
        migrationBuilder.CreateIndex("ix_notifications_org_unit", "notifications", "OrgUnitId");

        migrationBuilder.CreateTable(
            name: "notification_preferences",
            columns: table => new
            {
                UserId = table.Column<string>(maxLength: 64, nullable: false),
                Kind = table.Column<int>(nullable: false),
                Choice = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_notification_preferences", x => new { x.UserId, x.Kind });
                table.ForeignKey("fk_notification_preferences_user", x => x.UserId, "users", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "mail_log",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                NotificationId = table.Column<Guid>(nullable: false),
                UserId = table.Column<string>(maxLength: 64, nullable: false),
                Address = table.Column<string>(maxLength: 256, nullable: false),
                Subject = table.Column<string>(maxLength: 300, nullable: false),
                At = table.Column<DateTime>(nullable: false),
                Attempt = table.Column<int>(nullable: false),
                Delivered = table.Column<bool>(nullable: false),
                Error = table.Column<string>(maxLength: 1000, nullable: true),
                RetryAt = table.Column<DateTime>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_mail_log", x => x.Id);
                table.ForeignKey("fk_mail_log_notification", x => x.NotificationId, "notifications", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("ix_mail_log_at", "mail_log", "At");
        migrationBuilder.CreateIndex("ix_mail_log_notification", "mail_log", "NotificationId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable(name: "mail_log");
        migrationBuilder.DropTable(name: "notification_preferences");
        migrationBuilder.DropTable(name: "notifications");
        migrationBuilder.DropColumn(name: "NotifyDaysBeforeDue", table: "municipality_settings");
    }
}
