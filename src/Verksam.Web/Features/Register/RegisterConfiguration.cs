using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Verksam.Web.Features.Organisation;

namespace Verksam.Web.Features.Register;

internal sealed class MatterConfiguration : IEntityTypeConfiguration<Matter>
{
    public void Configure(EntityTypeBuilder<Matter> builder)
    {
        builder.ToTable("matters");
        builder.HasKey(m => m.Id).HasName("pk_matters");
        builder.Property(m => m.Kind).HasConversion<int>();
        builder.Property(m => m.Source).HasConversion<int?>();
        builder.Property(m => m.Category).HasConversion<int?>();
        builder.Property(m => m.OtherCategory).HasMaxLength(Matter.OtherCategoryMaxLength);
        builder.Property(m => m.IdentifiedBy).HasConversion<int?>();
        builder.Property(m => m.DeviationCategory).HasConversion<int?>();
        builder.Property(m => m.Concerns).HasConversion<int?>();
        builder.Property(m => m.Description).IsRequired();
        builder.Property(m => m.Status).HasConversion<int>();
        builder.Property(m => m.FeedbackForm).HasConversion<int?>();
        builder.Property(m => m.Decision).HasConversion<int?>();
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.Ignore(m => m.IsLexReport);
        builder.Ignore(m => m.IsComplaintLike);
        builder.Ignore(m => m.Reference);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(m => m.OrgUnitId).OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_matters_org_unit");
        builder.HasIndex(m => new { m.OrgUnitId, m.ReceivedOn }).HasDatabaseName("ix_matters_org_unit_received");
        builder.HasIndex(m => new { m.OrgUnitId, m.NumberYear, m.Number }).IsUnique().HasDatabaseName("ux_matters_org_unit_number");
    }
}

internal sealed class RegisterSettingsConfiguration : IEntityTypeConfiguration<RegisterSettings>
{
    public void Configure(EntityTypeBuilder<RegisterSettings> builder)
    {
        builder.ToTable("register_settings");
        builder.HasKey(s => s.OrgUnitId).HasName("pk_register_settings");
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(s => s.OrgUnitId).OnDelete(DeleteBehavior.Cascade).HasConstraintName("fk_register_settings_org_unit");
    }
}

internal sealed class RegisterSummaryConfiguration : IEntityTypeConfiguration<RegisterSummary>
{
    public void Configure(EntityTypeBuilder<RegisterSummary> builder)
    {
        builder.ToTable("register_summaries");
        builder.HasKey(s => new { s.OrgUnitId, s.Year, s.Group }).HasName("pk_register_summaries");
        builder.Property(s => s.Group).HasMaxLength(RegisterSummary.GroupMaxLength);
        builder.Property(s => s.Text).IsRequired();
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(s => s.OrgUnitId).OnDelete(DeleteBehavior.Cascade).HasConstraintName("fk_register_summaries_org_unit");
    }
}
