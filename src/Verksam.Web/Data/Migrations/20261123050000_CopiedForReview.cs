using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Verksam.Web.Data.Migrations;

/// <summary>What a copy into the next year came from, and whether it still needs to be looked over. Additive.</summary>
[DbContext(typeof(VerksamDbContext))]
[Migration("20261123050000_CopiedForReview")]
public sealed class CopiedForReview : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.AddColumn<Guid>(name: "CopiedFromId", table: "goals", nullable: true);
        migrationBuilder.AddColumn<bool>(name: "NeedsReview", table: "goals", nullable: false, defaultValue: false);
        migrationBuilder.AddColumn<Guid>(name: "CopiedFromId", table: "indicators", nullable: true);
        migrationBuilder.AddColumn<bool>(name: "NeedsReview", table: "indicators", nullable: false, defaultValue: false);
        migrationBuilder.AddColumn<bool>(name: "NeedsReview", table: "activities", nullable: false, defaultValue: false);
        migrationBuilder.AddColumn<bool>(name: "NeedsReview", table: "plan_section_texts", nullable: false, defaultValue: false);
        migrationBuilder.CreateIndex("ix_goals_copied_from_id", "goals", "CopiedFromId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropIndex("ix_goals_copied_from_id", "goals");
        migrationBuilder.DropColumn(name: "NeedsReview", table: "plan_section_texts");
        migrationBuilder.DropColumn(name: "NeedsReview", table: "activities");
        migrationBuilder.DropColumn(name: "NeedsReview", table: "indicators");
        migrationBuilder.DropColumn(name: "CopiedFromId", table: "indicators");
        migrationBuilder.DropColumn(name: "NeedsReview", table: "goals");
        migrationBuilder.DropColumn(name: "CopiedFromId", table: "goals");
    }
}
