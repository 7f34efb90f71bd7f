using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Verksam.Web.Data.Migrations;

/// <summary>
/// The organisation, accounts, grants and the audit log. Written by hand (EF's design-time package is not available):
/// column types are left to each provider's mapping of the CLR type and length, so one migration serves SQLite and
/// PostgreSQL. MigrationSchemaTests proves the result equals the model on both.
/// </summary>
[DbContext(typeof(VerksamDbContext))]
[Migration("20261123000000_Initial")]
public sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);

        migrationBuilder.CreateTable(
            name: "audit_events",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OccurredAt = table.Column<DateTime>(nullable: false),
                ActorId = table.Column<string>(maxLength: 64, nullable: true),
                ActorName = table.Column<string>(maxLength: 200, nullable: false),
                Action = table.Column<int>(nullable: false),
                EntityType = table.Column<string>(maxLength: 100, nullable: false),
                EntityId = table.Column<string>(maxLength: 200, nullable: false),
                OrgUnitId = table.Column<Guid>(nullable: true),
                Changes = table.Column<string>(maxLength: 100_000, nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_audit_events", x => x.Id));

        migrationBuilder.CreateTable(
            name: "org_units",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                Kind = table.Column<int>(nullable: false),
                ParentId = table.Column<Guid>(nullable: true),
                Path = table.Column<string>(maxLength: 400, nullable: false),
                Depth = table.Column<int>(nullable: false),
                IsArchived = table.Column<bool>(nullable: false),
                ArchivedAt = table.Column<DateTime>(nullable: true),
                Version = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_org_units", x => x.Id);
                table.ForeignKey("fk_org_units_parent", x => x.ParentId, "org_units", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "users",
            columns: table => new
            {
                Id = table.Column<string>(maxLength: 64, nullable: false),
                DisplayName = table.Column<string>(maxLength: 200, nullable: false),
                IsAdministrator = table.Column<bool>(nullable: false),
                UserName = table.Column<string>(maxLength: 100, nullable: true),
                NormalizedUserName = table.Column<string>(maxLength: 100, nullable: true),
                Email = table.Column<string>(maxLength: 256, nullable: true),
                NormalizedEmail = table.Column<string>(maxLength: 256, nullable: true),
                EmailConfirmed = table.Column<bool>(nullable: false),
                PasswordHash = table.Column<string>(maxLength: 1000, nullable: true),
                SecurityStamp = table.Column<string>(maxLength: 100, nullable: true),
                ConcurrencyStamp = table.Column<string>(maxLength: 100, nullable: true),
                PhoneNumber = table.Column<string>(maxLength: 50, nullable: true),
                PhoneNumberConfirmed = table.Column<bool>(nullable: false),
                TwoFactorEnabled = table.Column<bool>(nullable: false),
                LockoutEnd = table.Column<DateTimeOffset>(nullable: true),
                LockoutEnabled = table.Column<bool>(nullable: false),
                AccessFailedCount = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_users", x => x.Id));

        migrationBuilder.CreateTable(
            name: "access_grants",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                UserId = table.Column<string>(maxLength: 64, nullable: false),
                OrgUnitId = table.Column<Guid>(nullable: false),
                Level = table.Column<int>(nullable: false),
                GrantedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_access_grants", x => x.Id);
                table.ForeignKey("fk_access_grants_org_unit", x => x.OrgUnitId, "org_units", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("fk_access_grants_user", x => x.UserId, "users", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "user_claims",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                UserId = table.Column<string>(maxLength: 64, nullable: false),
                ClaimType = table.Column<string>(maxLength: 256, nullable: true),
                ClaimValue = table.Column<string>(maxLength: 1000, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_user_claims", x => x.Id);
                table.ForeignKey("FK_user_claims_users_UserId", x => x.UserId, "users", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "user_logins",
            columns: table => new
            {
                LoginProvider = table.Column<string>(nullable: false),
                ProviderKey = table.Column<string>(nullable: false),
                ProviderDisplayName = table.Column<string>(maxLength: 256, nullable: true),
                UserId = table.Column<string>(maxLength: 64, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_user_logins", x => new { x.LoginProvider, x.ProviderKey });
                table.ForeignKey("FK_user_logins_users_UserId", x => x.UserId, "users", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "user_tokens",
            columns: table => new
            {
                UserId = table.Column<string>(maxLength: 64, nullable: false),
                LoginProvider = table.Column<string>(nullable: false),
                Name = table.Column<string>(nullable: false),
                Value = table.Column<string>(maxLength: 1000, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_user_tokens", x => new { x.UserId, x.LoginProvider, x.Name });
                table.ForeignKey("FK_user_tokens_users_UserId", x => x.UserId, "users", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex("ix_access_grants_org_unit_id", "access_grants", "OrgUnitId");
        migrationBuilder.CreateIndex("ux_access_grants_user_unit", "access_grants", ["UserId", "OrgUnitId"], unique: true);
        migrationBuilder.CreateIndex("ix_audit_events_entity", "audit_events", ["EntityType", "EntityId"]);
        migrationBuilder.CreateIndex("ix_audit_events_org_unit_time", "audit_events", ["OrgUnitId", "OccurredAt"]);
        migrationBuilder.CreateIndex("ix_org_units_parent_id", "org_units", "ParentId");
        migrationBuilder.CreateIndex("ux_org_units_path", "org_units", "Path", unique: true);
        migrationBuilder.CreateIndex("IX_user_claims_UserId", "user_claims", "UserId");
        migrationBuilder.CreateIndex("IX_user_logins_UserId", "user_logins", "UserId");
        migrationBuilder.CreateIndex("EmailIndex", "users", "NormalizedEmail");
        migrationBuilder.CreateIndex("UserNameIndex", "users", "NormalizedUserName", unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable("access_grants");
        migrationBuilder.DropTable("user_claims");
        migrationBuilder.DropTable("user_logins");
        migrationBuilder.DropTable("user_tokens");
        migrationBuilder.DropTable("audit_events");
        migrationBuilder.DropTable("org_units");
        migrationBuilder.DropTable("users");
    }
}
