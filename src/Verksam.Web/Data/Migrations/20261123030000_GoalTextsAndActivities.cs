using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Verksam.Web.Data.Migrations;

/// <summary>A goal's six plan texts and its own number, and activities under goals. Additive, so SQLite needs no table rebuild.</summary>
[DbContext(typeof(VerksamDbContext))]
[Migration("20261123030000_GoalTextsAndActivities")]
public sealed class GoalTextsAndActivities : Migration
{
    private static readonly string[] Texts = ["Description", "ExpectedResults", "WorkingMethod", "ResourceUse", "FollowUp", "Development"];

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.AddColumn<string>(name: "Number", table: "goals", maxLength: 30, nullable: true);
        foreach (var text in Texts)
        {
            migrationBuilder.AddColumn<string>(name: text, table: "goals", maxLength: 10_000, nullable: true);
        }

        migrationBuilder.CreateTable(
            name: "activities",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                GoalId = table.Column<Guid>(nullable: false),
                OrgUnitId = table.Column<Guid>(nullable: false),
                Title = table.Column<string>(maxLength: 1000, nullable: false),
                StartDate = table.Column<DateOnly>(nullable: true),
                EndDate = table.Column<DateOnly>(nullable: true),
                Responsible = table.Column<string>(maxLength: 200, nullable: true),
                Status = table.Column<int>(nullable: false),
                Deviation = table.Column<string>(maxLength: 4000, nullable: true),
                SortOrder = table.Column<int>(nullable: false),
                Version = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_activities", x => x.Id);
                table.ForeignKey("fk_activities_goal", x => x.GoalId, "goals", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("ix_activities_goal_id", "activities", "GoalId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable("activities");
        foreach (var text in Texts)
        {
            migrationBuilder.DropColumn(name: text, table: "goals");
        }

        migrationBuilder.DropColumn(name: "Number", table: "goals");
    }
}
