using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Verksam.Web.Data.Migrations;

/// <summary>
/// The unit's quality-management system: processes, risks with their scores and follow-ups, actions, egenkontroller
/// and their results, the annual wheel, assignments, and the municipality's risk matrix settings. Additive.
/// </summary>
[DbContext(typeof(VerksamDbContext))]
[Migration("20261123090000_QualityManagement")]
public sealed class QualityManagement : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.AddColumn<int>(name: "RiskMatrixSize", table: "municipality_settings", nullable: false, defaultValue: 5);
        migrationBuilder.AddColumn<int>(name: "RiskFollowUpThreshold", table: "municipality_settings", nullable: false, defaultValue: 15);
        migrationBuilder.AddColumn<int>(name: "RiskYellowFrom", table: "municipality_settings", nullable: false, defaultValue: 8);
        migrationBuilder.AddColumn<int>(name: "RiskRedFrom", table: "municipality_settings", nullable: false, defaultValue: 15);

        migrationBuilder.CreateTable(
            name: "quality_processes",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrgUnitId = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 300, nullable: false),
                SortOrder = table.Column<int>(nullable: false),
                Version = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_quality_processes", x => x.Id);
                table.ForeignKey("fk_quality_processes_org_unit", x => x.OrgUnitId, "org_units", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateTable(
            name: "process_indicators",
            columns: table => new
            {
                ProcessId = table.Column<Guid>(nullable: false),
                IndicatorId = table.Column<Guid>(nullable: false),
                OrgUnitId = table.Column<Guid>(nullable: false),
                SortOrder = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_process_indicators", x => new { x.ProcessId, x.IndicatorId });
                table.ForeignKey("fk_process_indicators_process", x => x.ProcessId, "quality_processes", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("fk_process_indicators_indicator", x => x.IndicatorId, "indicators", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateTable(
            name: "risks",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrgUnitId = table.Column<Guid>(nullable: false),
                Year = table.Column<int>(nullable: false),
                Description = table.Column<string>(maxLength: 2000, nullable: false),
                Category = table.Column<string>(maxLength: 200, nullable: true),
                GoalId = table.Column<Guid>(nullable: true),
                ProcessId = table.Column<Guid>(nullable: true),
                Likelihood = table.Column<int>(nullable: true),
                Consequence = table.Column<int>(nullable: true),
                InFollowUp = table.Column<bool>(nullable: false),
                RemovedFromFollowUpOn = table.Column<DateOnly>(nullable: true),
                RemovalComment = table.Column<string>(maxLength: 2000, nullable: true),
                ActionPlanDue = table.Column<DateOnly>(nullable: true),
                SortOrder = table.Column<int>(nullable: false),
                Version = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_risks", x => x.Id);
                table.ForeignKey("fk_risks_org_unit", x => x.OrgUnitId, "org_units", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("fk_risks_goal", x => x.GoalId, "goals", "Id", onDelete: ReferentialAction.SetNull);
                table.ForeignKey("fk_risks_process", x => x.ProcessId, "quality_processes", "Id", onDelete: ReferentialAction.SetNull);
            });
        migrationBuilder.CreateTable(
            name: "risk_scores",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                RiskId = table.Column<Guid>(nullable: false),
                OrgUnitId = table.Column<Guid>(nullable: false),
                ChangedAt = table.Column<DateTime>(nullable: false),
                ChangedBy = table.Column<string>(maxLength: 200, nullable: false),
                Likelihood = table.Column<int>(nullable: true),
                Consequence = table.Column<int>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_risk_scores", x => x.Id);
                table.ForeignKey("fk_risk_scores_risk", x => x.RiskId, "risks", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateTable(
            name: "risk_follow_ups",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                RiskId = table.Column<Guid>(nullable: false),
                OrgUnitId = table.Column<Guid>(nullable: false),
                Year = table.Column<int>(nullable: false),
                PeriodKind = table.Column<int>(nullable: false),
                StartMonth = table.Column<int>(nullable: false),
                EndMonth = table.Column<int>(nullable: false),
                Mark = table.Column<int>(nullable: true),
                Comment = table.Column<string>(maxLength: 2000, nullable: true),
                Version = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_risk_follow_ups", x => x.Id);
                table.ForeignKey("fk_risk_follow_ups_risk", x => x.RiskId, "risks", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateTable(
            name: "self_monitorings",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrgUnitId = table.Column<Guid>(nullable: false),
                Year = table.Column<int>(nullable: false),
                ProcessId = table.Column<Guid>(nullable: true),
                RiskId = table.Column<Guid>(nullable: true),
                Title = table.Column<string>(maxLength: 500, nullable: false),
                Purpose = table.Column<string>(maxLength: 4000, nullable: true),
                Months = table.Column<int>(nullable: false),
                Frequency = table.Column<string>(maxLength: 200, nullable: true),
                Responsible = table.Column<string>(maxLength: 200, nullable: true),
                IsInternalControl = table.Column<bool>(nullable: false),
                SortOrder = table.Column<int>(nullable: false),
                Version = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_self_monitorings", x => x.Id);
                table.ForeignKey("fk_self_monitorings_org_unit", x => x.OrgUnitId, "org_units", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("fk_self_monitorings_process", x => x.ProcessId, "quality_processes", "Id", onDelete: ReferentialAction.SetNull);
                table.ForeignKey("fk_self_monitorings_risk", x => x.RiskId, "risks", "Id", onDelete: ReferentialAction.SetNull);
            });
        migrationBuilder.CreateTable(
            name: "self_monitoring_results",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ControlId = table.Column<Guid>(nullable: false),
                OrgUnitId = table.Column<Guid>(nullable: false),
                PerformedOn = table.Column<DateOnly>(nullable: false),
                Passed = table.Column<bool>(nullable: false),
                Note = table.Column<string>(maxLength: 4000, nullable: true),
                RecordedBy = table.Column<string>(maxLength: 200, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_self_monitoring_results", x => x.Id);
                table.ForeignKey("fk_self_monitoring_results_control", x => x.ControlId, "self_monitorings", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateTable(
            name: "quality_actions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrgUnitId = table.Column<Guid>(nullable: false),
                Year = table.Column<int>(nullable: false),
                RiskId = table.Column<Guid>(nullable: true),
                ControlId = table.Column<Guid>(nullable: true),
                ProcessId = table.Column<Guid>(nullable: true),
                Title = table.Column<string>(maxLength: 500, nullable: false),
                Description = table.Column<string>(maxLength: 4000, nullable: true),
                Responsible = table.Column<string>(maxLength: 200, nullable: true),
                DueDate = table.Column<DateOnly>(nullable: true),
                Status = table.Column<int>(nullable: false),
                SortOrder = table.Column<int>(nullable: false),
                Version = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_quality_actions", x => x.Id);
                table.ForeignKey("fk_quality_actions_org_unit", x => x.OrgUnitId, "org_units", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("fk_quality_actions_risk", x => x.RiskId, "risks", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("fk_quality_actions_control", x => x.ControlId, "self_monitorings", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("fk_quality_actions_process", x => x.ProcessId, "quality_processes", "Id", onDelete: ReferentialAction.SetNull);
            });
        migrationBuilder.CreateTable(
            name: "wheel_activities",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrgUnitId = table.Column<Guid>(nullable: false),
                Year = table.Column<int>(nullable: false),
                Timing = table.Column<int>(nullable: false),
                Month = table.Column<int>(nullable: true),
                Title = table.Column<string>(maxLength: 500, nullable: false),
                Responsible = table.Column<string>(maxLength: 200, nullable: true),
                Mark = table.Column<int>(nullable: true),
                Comment = table.Column<string>(maxLength: 2000, nullable: true),
                SortOrder = table.Column<int>(nullable: false),
                Version = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_wheel_activities", x => x.Id);
                table.ForeignKey("fk_wheel_activities_org_unit", x => x.OrgUnitId, "org_units", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateTable(
            name: "assignments",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrgUnitId = table.Column<Guid>(nullable: false),
                Year = table.Column<int>(nullable: false),
                Title = table.Column<string>(maxLength: 300, nullable: false),
                Commissioner = table.Column<string>(maxLength: 200, nullable: true),
                Aim = table.Column<string>(maxLength: 4000, nullable: true),
                Status = table.Column<int>(nullable: true),
                Comment = table.Column<string>(maxLength: 4000, nullable: true),
                SortOrder = table.Column<int>(nullable: false),
                Version = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_assignments", x => x.Id);
                table.ForeignKey("fk_assignments_org_unit", x => x.OrgUnitId, "org_units", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateTable(
            name: "assignment_goals",
            columns: table => new
            {
                AssignmentId = table.Column<Guid>(nullable: false),
                GoalId = table.Column<Guid>(nullable: false),
                OrgUnitId = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_assignment_goals", x => new { x.AssignmentId, x.GoalId });
                table.ForeignKey("fk_assignment_goals_assignment", x => x.AssignmentId, "assignments", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("fk_assignment_goals_goal", x => x.GoalId, "goals", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex("ix_quality_processes_org_unit_id", "quality_processes", "OrgUnitId");
        migrationBuilder.CreateIndex("ix_process_indicators_indicator_id", "process_indicators", "IndicatorId");
        migrationBuilder.CreateIndex("ix_risks_org_unit_year", "risks", ["OrgUnitId", "Year"]);
        migrationBuilder.CreateIndex("ix_risks_goal_id", "risks", "GoalId");
        migrationBuilder.CreateIndex("ix_risks_process_id", "risks", "ProcessId");
        migrationBuilder.CreateIndex("ix_risk_scores_risk_id", "risk_scores", "RiskId");
        migrationBuilder.CreateIndex("ux_risk_follow_ups_risk_period", "risk_follow_ups", ["RiskId", "Year", "PeriodKind", "StartMonth", "EndMonth"], unique: true);
        migrationBuilder.CreateIndex("ix_self_monitorings_org_unit_year", "self_monitorings", ["OrgUnitId", "Year"]);
        migrationBuilder.CreateIndex("ix_self_monitorings_process_id", "self_monitorings", "ProcessId");
        migrationBuilder.CreateIndex("ix_self_monitorings_risk_id", "self_monitorings", "RiskId");
        migrationBuilder.CreateIndex("ix_self_monitoring_results_control_id", "self_monitoring_results", "ControlId");
        migrationBuilder.CreateIndex("ix_quality_actions_org_unit_year", "quality_actions", ["OrgUnitId", "Year"]);
        migrationBuilder.CreateIndex("ix_quality_actions_risk_id", "quality_actions", "RiskId");
        migrationBuilder.CreateIndex("ix_quality_actions_control_id", "quality_actions", "ControlId");
        migrationBuilder.CreateIndex("ix_quality_actions_process_id", "quality_actions", "ProcessId");
        migrationBuilder.CreateIndex("ix_wheel_activities_org_unit_year", "wheel_activities", ["OrgUnitId", "Year"]);
        migrationBuilder.CreateIndex("ix_assignments_org_unit_year", "assignments", ["OrgUnitId", "Year"]);
        migrationBuilder.CreateIndex("ix_assignment_goals_goal_id", "assignment_goals", "GoalId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable("assignment_goals");
        migrationBuilder.DropTable("assignments");
        migrationBuilder.DropTable("wheel_activities");
        migrationBuilder.DropTable("quality_actions");
        migrationBuilder.DropTable("self_monitoring_results");
        migrationBuilder.DropTable("self_monitorings");
        migrationBuilder.DropTable("risk_follow_ups");
        migrationBuilder.DropTable("risk_scores");
        migrationBuilder.DropTable("risks");
        migrationBuilder.DropTable("process_indicators");
        migrationBuilder.DropTable("quality_processes");
        migrationBuilder.DropColumn(name: "RiskRedFrom", table: "municipality_settings");
        migrationBuilder.DropColumn(name: "RiskYellowFrom", table: "municipality_settings");
        migrationBuilder.DropColumn(name: "RiskFollowUpThreshold", table: "municipality_settings");
        migrationBuilder.DropColumn(name: "RiskMatrixSize", table: "municipality_settings");
    }
}
