using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Verksam.Web.Features.Organisation;

namespace Verksam.Web.Features.AnnualWheel;

internal sealed class WheelActivityConfiguration : IEntityTypeConfiguration<WheelActivity>
{
    public void Configure(EntityTypeBuilder<WheelActivity> builder)
    {
        builder.ToTable("wheel_activities");
        builder.HasKey(a => a.Id).HasName("pk_wheel_activities");
        builder.Property(a => a.Title).HasMaxLength(WheelActivity.TitleMaxLength).IsRequired();
        builder.Property(a => a.Responsible).HasMaxLength(WheelActivity.ResponsibleMaxLength);
        builder.Property(a => a.Timing).HasConversion<int>();
        builder.Property(a => a.Mark).HasConversion<int?>();
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(a => a.OrgUnitId).OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_wheel_activities_org_unit");
        builder.HasIndex(a => new { a.OrgUnitId, a.Year }).HasDatabaseName("ix_wheel_activities_org_unit_year");
    }
}
