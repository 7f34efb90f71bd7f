using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Verksam.Web.Features.Accounts;

namespace Verksam.Web.Features.Organisation;

internal sealed class AccessGrantConfiguration : IEntityTypeConfiguration<AccessGrant>
{
    public void Configure(EntityTypeBuilder<AccessGrant> builder)
    {
        builder.ToTable("access_grants");
        builder.HasKey(g => g.Id).HasName("pk_access_grants");
        builder.Property(g => g.UserId).HasMaxLength(VerksamUser.IdMaxLength).IsRequired();
        builder.Property(g => g.Level).HasConversion<int>();
        builder.HasOne<VerksamUser>().WithMany().HasForeignKey(g => g.UserId)
            .OnDelete(DeleteBehavior.Cascade).HasConstraintName("fk_access_grants_user");
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(g => g.OrgUnitId)
            .OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_access_grants_org_unit");
        builder.HasIndex(g => new { g.UserId, g.OrgUnitId }).IsUnique().HasDatabaseName("ux_access_grants_user_unit");
        builder.HasIndex(g => g.OrgUnitId).HasDatabaseName("ix_access_grants_org_unit_id");
    }
}
