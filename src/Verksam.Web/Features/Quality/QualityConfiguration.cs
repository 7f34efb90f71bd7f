using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Verksam.Web.Features.Goals;
using Verksam.Web.Features.Indicators;
using Verksam.Web.Features.Organisation;

namespace Verksam.Web.Features.Quality;

internal sealed class RiskConfiguration : IEntityTypeConfiguration<Risk>
{
    public void Configure(EntityTypeBuilder<Risk> builder)
    {
        builder.ToTable("risks");
        builder.HasKey(r => r.Id).HasName("pk_risks");
        builder.Ignore(r => r.Score);
        builder.Property(r => r.Description).HasMaxLength(Risk.DescriptionMaxLength).IsRequired();
        builder.Property(r => r.Category).HasMaxLength(Risk.CategoryMaxLength);
        builder.Property(r => r.RemovalComment).HasMaxLength(Risk.CommentMaxLength);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(r => r.OrgUnitId).OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_risks_org_unit");
        builder.HasOne<Goal>().WithMany().HasForeignKey(r => r.GoalId).OnDelete(DeleteBehavior.SetNull).HasConstraintName("fk_risks_goal");
        builder.HasOne<QualityProcess>().WithMany().HasForeignKey(r => r.ProcessId).OnDelete(DeleteBehavior.SetNull).HasConstraintName("fk_risks_process");
        builder.HasIndex(r => new { r.OrgUnitId, r.Year }).HasDatabaseName("ix_risks_org_unit_year");
        builder.HasIndex(r => r.GoalId).HasDatabaseName("ix_risks_goal_id");
        builder.HasIndex(r => r.ProcessId).HasDatabaseName("ix_risks_process_id");
    }
}

internal sealed class RiskScoreConfiguration : IEntityTypeConfiguration<RiskScore>
{
    public void Configure(EntityTypeBuilder<RiskScore> builder)
    {
        builder.ToTable("risk_scores");
        builder.HasKey(s => s.Id).HasName("pk_risk_scores");
        builder.Property(s => s.ChangedBy).HasMaxLength(200).IsRequired();
        builder.HasOne<Risk>().WithMany().HasForeignKey(s => s.RiskId).OnDelete(DeleteBehavior.Cascade).HasConstraintName("fk_risk_scores_risk");
        builder.HasIndex(s => s.RiskId).HasDatabaseName("ix_risk_scores_risk_id");
    }
}

internal sealed class RiskFollowUpConfiguration : IEntityTypeConfiguration<RiskFollowUp>
{
    public void Configure(EntityTypeBuilder<RiskFollowUp> builder)
    {
        builder.ToTable("risk_follow_ups");
        builder.HasKey(f => f.Id).HasName("pk_risk_follow_ups");
        builder.Ignore(f => f.Period);
        builder.Property(f => f.PeriodKind).HasConversion<int>();
        builder.Property(f => f.Mark).HasConversion<int?>();
        builder.Property(f => f.Comment).HasMaxLength(Risk.CommentMaxLength);
        builder.Property(f => f.Version).IsConcurrencyToken();
        builder.HasOne<Risk>().WithMany().HasForeignKey(f => f.RiskId).OnDelete(DeleteBehavior.Cascade).HasConstraintName("fk_risk_follow_ups_risk");
        builder.HasIndex(f => new { f.RiskId, f.Year, f.PeriodKind, f.StartMonth, f.EndMonth }).IsUnique().HasDatabaseName("ux_risk_follow_ups_risk_period");
    }
}

internal sealed class QualityActionConfiguration : IEntityTypeConfiguration<QualityAction>
{
    public void Configure(EntityTypeBuilder<QualityAction> builder)
    {
        builder.ToTable("quality_actions");
        builder.HasKey(a => a.Id).HasName("pk_quality_actions");
        builder.Property(a => a.Title).HasMaxLength(QualityAction.TitleMaxLength).IsRequired();
        builder.Property(a => a.Description).HasMaxLength(QualityAction.DescriptionMaxLength);
        builder.Property(a => a.Responsible).HasMaxLength(QualityAction.ResponsibleMaxLength);
        builder.Property(a => a.Status).HasConversion<int>();
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(a => a.OrgUnitId).OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_quality_actions_org_unit");
        builder.HasOne<Risk>().WithMany().HasForeignKey(a => a.RiskId).OnDelete(DeleteBehavior.Cascade).HasConstraintName("fk_quality_actions_risk");
        builder.HasOne<SelfMonitoring>().WithMany().HasForeignKey(a => a.ControlId).OnDelete(DeleteBehavior.Cascade).HasConstraintName("fk_quality_actions_control");
        builder.HasOne<QualityProcess>().WithMany().HasForeignKey(a => a.ProcessId).OnDelete(DeleteBehavior.SetNull).HasConstraintName("fk_quality_actions_process");
        builder.HasIndex(a => new { a.OrgUnitId, a.Year }).HasDatabaseName("ix_quality_actions_org_unit_year");
        builder.HasIndex(a => a.RiskId).HasDatabaseName("ix_quality_actions_risk_id");
        builder.HasIndex(a => a.ControlId).HasDatabaseName("ix_quality_actions_control_id");
        builder.HasIndex(a => a.ProcessId).HasDatabaseName("ix_quality_actions_process_id");
    }
}

internal sealed class QualityProcessConfiguration : IEntityTypeConfiguration<QualityProcess>
{
    public void Configure(EntityTypeBuilder<QualityProcess> builder)
    {
        builder.ToTable("quality_processes");
        builder.HasKey(p => p.Id).HasName("pk_quality_processes");
        builder.Property(p => p.Name).HasMaxLength(QualityProcess.NameMaxLength).IsRequired();
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(p => p.OrgUnitId).OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_quality_processes_org_unit");
        builder.HasIndex(p => p.OrgUnitId).HasDatabaseName("ix_quality_processes_org_unit_id");
    }
}

internal sealed class ProcessIndicatorConfiguration : IEntityTypeConfiguration<ProcessIndicator>
{
    public void Configure(EntityTypeBuilder<ProcessIndicator> builder)
    {
        builder.ToTable("process_indicators");
        builder.HasKey(p => new { p.ProcessId, p.IndicatorId }).HasName("pk_process_indicators");
        builder.HasOne<QualityProcess>().WithMany().HasForeignKey(p => p.ProcessId).OnDelete(DeleteBehavior.Cascade).HasConstraintName("fk_process_indicators_process");
        builder.HasOne<Indicator>().WithMany().HasForeignKey(p => p.IndicatorId).OnDelete(DeleteBehavior.Cascade).HasConstraintName("fk_process_indicators_indicator");
        builder.HasIndex(p => p.IndicatorId).HasDatabaseName("ix_process_indicators_indicator_id");
    }
}

internal sealed class SelfMonitoringConfiguration : IEntityTypeConfiguration<SelfMonitoring>
{
    public void Configure(EntityTypeBuilder<SelfMonitoring> builder)
    {
        builder.ToTable("self_monitorings");
        builder.HasKey(c => c.Id).HasName("pk_self_monitorings");
        builder.Property(c => c.Title).HasMaxLength(SelfMonitoring.TitleMaxLength).IsRequired();
        builder.Property(c => c.Purpose).HasMaxLength(SelfMonitoring.PurposeMaxLength);
        builder.Property(c => c.Frequency).HasMaxLength(SelfMonitoring.FrequencyMaxLength);
        builder.Property(c => c.Responsible).HasMaxLength(SelfMonitoring.ResponsibleMaxLength);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(c => c.OrgUnitId).OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_self_monitorings_org_unit");
        builder.HasOne<QualityProcess>().WithMany().HasForeignKey(c => c.ProcessId).OnDelete(DeleteBehavior.SetNull).HasConstraintName("fk_self_monitorings_process");
        builder.HasOne<Risk>().WithMany().HasForeignKey(c => c.RiskId).OnDelete(DeleteBehavior.SetNull).HasConstraintName("fk_self_monitorings_risk");
        builder.HasIndex(c => new { c.OrgUnitId, c.Year }).HasDatabaseName("ix_self_monitorings_org_unit_year");
        builder.HasIndex(c => c.ProcessId).HasDatabaseName("ix_self_monitorings_process_id");
        builder.HasIndex(c => c.RiskId).HasDatabaseName("ix_self_monitorings_risk_id");
    }
}

internal sealed class SelfMonitoringResultConfiguration : IEntityTypeConfiguration<SelfMonitoringResult>
{
    public void Configure(EntityTypeBuilder<SelfMonitoringResult> builder)
    {
        builder.ToTable("self_monitoring_results");
        builder.HasKey(r => r.Id).HasName("pk_self_monitoring_results");
        builder.Property(r => r.Note).HasMaxLength(SelfMonitoringResult.NoteMaxLength);
        builder.Property(r => r.RecordedBy).HasMaxLength(200).IsRequired();
        builder.HasOne<SelfMonitoring>().WithMany().HasForeignKey(r => r.ControlId).OnDelete(DeleteBehavior.Cascade).HasConstraintName("fk_self_monitoring_results_control");
        builder.HasIndex(r => r.ControlId).HasDatabaseName("ix_self_monitoring_results_control_id");
    }
}

internal sealed class WheelActivityConfiguration : IEntityTypeConfiguration<WheelActivity>
{
    public void Configure(EntityTypeBuilder<WheelActivity> builder)
    {
        builder.ToTable("wheel_activities");
        builder.HasKey(a => a.Id).HasName("pk_wheel_activities");
        builder.Property(a => a.Title).HasMaxLength(WheelActivity.TitleMaxLength).IsRequired();
        builder.Property(a => a.Responsible).HasMaxLength(WheelActivity.ResponsibleMaxLength);
        builder.Property(a => a.Comment).HasMaxLength(WheelActivity.CommentMaxLength);
        builder.Property(a => a.Timing).HasConversion<int>();
        builder.Property(a => a.Mark).HasConversion<int?>();
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(a => a.OrgUnitId).OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_wheel_activities_org_unit");
        builder.HasIndex(a => new { a.OrgUnitId, a.Year }).HasDatabaseName("ix_wheel_activities_org_unit_year");
    }
}

internal sealed class AssignmentConfiguration : IEntityTypeConfiguration<Assignment>
{
    public void Configure(EntityTypeBuilder<Assignment> builder)
    {
        builder.ToTable("assignments");
        builder.HasKey(a => a.Id).HasName("pk_assignments");
        builder.Property(a => a.Title).HasMaxLength(Assignment.TitleMaxLength).IsRequired();
        builder.Property(a => a.Commissioner).HasMaxLength(Assignment.CommissionerMaxLength);
        builder.Property(a => a.Aim).HasMaxLength(Assignment.TextMaxLength);
        builder.Property(a => a.Comment).HasMaxLength(Assignment.TextMaxLength);
        builder.Property(a => a.Status).HasConversion<int?>();
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(a => a.OrgUnitId).OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_assignments_org_unit");
        builder.HasIndex(a => new { a.OrgUnitId, a.Year }).HasDatabaseName("ix_assignments_org_unit_year");
    }
}

internal sealed class AssignmentGoalConfiguration : IEntityTypeConfiguration<AssignmentGoal>
{
    public void Configure(EntityTypeBuilder<AssignmentGoal> builder)
    {
        builder.ToTable("assignment_goals");
        builder.HasKey(a => new { a.AssignmentId, a.GoalId }).HasName("pk_assignment_goals");
        builder.HasOne<Assignment>().WithMany().HasForeignKey(a => a.AssignmentId).OnDelete(DeleteBehavior.Cascade).HasConstraintName("fk_assignment_goals_assignment");
        builder.HasOne<Goal>().WithMany().HasForeignKey(a => a.GoalId).OnDelete(DeleteBehavior.Cascade).HasConstraintName("fk_assignment_goals_goal");
        builder.HasIndex(a => a.GoalId).HasDatabaseName("ix_assignment_goals_goal_id");
    }
}
