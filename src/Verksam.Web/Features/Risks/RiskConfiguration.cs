using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Verksam.Web.Features.Goals;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Features.Processes;

namespace Verksam.Web.Features.Risks;

internal sealed class RiskConfiguration : IEntityTypeConfiguration<Risk>
{
    public void Configure(EntityTypeBuilder<Risk> builder)
    {
        builder.ToTable("risks");
        builder.HasKey(r => r.Id).HasName("pk_risks");
        builder.Ignore(r => r.Score);
        builder.Property(r => r.Description).IsRequired();
        builder.Property(r => r.Category).HasMaxLength(Risk.CategoryMaxLength);
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
        builder.Property(a => a.Responsible).HasMaxLength(QualityAction.ResponsibleMaxLength);
        builder.Property(a => a.Status).HasConversion<int>();
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(a => a.OrgUnitId).OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_quality_actions_org_unit");
        builder.HasOne<Risk>().WithMany().HasForeignKey(a => a.RiskId).OnDelete(DeleteBehavior.Cascade).HasConstraintName("fk_quality_actions_risk");
        // Its key to the egenkontroll that raised it is configured by Controls, which depends on Risks (SelfMonitoringConfiguration).
        builder.HasOne<QualityProcess>().WithMany().HasForeignKey(a => a.ProcessId).OnDelete(DeleteBehavior.SetNull).HasConstraintName("fk_quality_actions_process");
        builder.HasIndex(a => new { a.OrgUnitId, a.Year }).HasDatabaseName("ix_quality_actions_org_unit_year");
        builder.HasIndex(a => a.RiskId).HasDatabaseName("ix_quality_actions_risk_id");
        builder.HasIndex(a => a.ControlId).HasDatabaseName("ix_quality_actions_control_id");
        builder.HasIndex(a => a.ProcessId).HasDatabaseName("ix_quality_actions_process_id");
    }
}
