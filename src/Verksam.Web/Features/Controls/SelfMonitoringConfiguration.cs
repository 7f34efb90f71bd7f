using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Features.Processes;
using Verksam.Web.Features.Risks;

namespace Verksam.Web.Features.Controls;

internal sealed class SelfMonitoringConfiguration : IEntityTypeConfiguration<SelfMonitoring>
{
    public void Configure(EntityTypeBuilder<SelfMonitoring> builder)
    {
        builder.ToTable("self_monitorings");
        builder.HasKey(c => c.Id).HasName("pk_self_monitorings");
        builder.HasMany<QualityAction>().WithOne().HasForeignKey(a => a.ControlId).OnDelete(DeleteBehavior.Cascade).HasConstraintName("fk_quality_actions_control");
        builder.Property(c => c.Title).HasMaxLength(SelfMonitoring.TitleMaxLength).IsRequired();
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
        builder.Property(r => r.RecordedBy).HasMaxLength(200).IsRequired();
        builder.HasOne<SelfMonitoring>().WithMany().HasForeignKey(r => r.ControlId).OnDelete(DeleteBehavior.Cascade).HasConstraintName("fk_self_monitoring_results_control");
        builder.HasIndex(r => r.ControlId).HasDatabaseName("ix_self_monitoring_results_control_id");
    }
}
