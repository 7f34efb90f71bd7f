using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Verksam.Web.Features.Organisation;

internal sealed class OrgUnitConfiguration : IEntityTypeConfiguration<OrgUnit>
{
    public void Configure(EntityTypeBuilder<OrgUnit> builder)
    {
        builder.ToTable("org_units");
        builder.HasKey(u => u.Id).HasName("pk_org_units");
        builder.Property(u => u.Name).HasMaxLength(OrgUnit.NameMaxLength).IsRequired();
        builder.Property(u => u.Path).HasMaxLength(OrgUnit.PathMaxLength).IsRequired();
        builder.Property(u => u.Kind).HasConversion<int>();
        builder.Property(u => u.Version).IsConcurrencyToken();
        builder.Property(u => u.ReportsFrom);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(u => u.ParentId)
            .OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_org_units_parent");
        builder.HasIndex(u => u.ParentId).HasDatabaseName("ix_org_units_parent_id");
        builder.HasIndex(u => u.Path).IsUnique().HasDatabaseName("ux_org_units_path");
        builder.Ignore(u => u.MunicipalityId);
    }
}
