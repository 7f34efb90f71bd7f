using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Verksam.Web.Features.Indicators;
using Verksam.Web.Features.Organisation;

namespace Verksam.Web.Features.Processes;

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
