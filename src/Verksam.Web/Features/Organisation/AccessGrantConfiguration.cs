using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Verksam.Web.Features.Organisation;

internal sealed class AccessGrantConfiguration : IEntityTypeConfiguration<AccessGrant>
{
    public void Configure(EntityTypeBuilder<AccessGrant> builder)
    {
        builder.ToTable("access_grants");
        builder.HasKey(g => g.Id).HasName("pk_access_grants");
        // The user's id column and its key to the users' table are configured with Identity's tables (Data/IdentityModel).
        builder.Property(g => g.Level).HasConversion<int>();
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(g => g.OrgUnitId)
            .OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_access_grants_org_unit");
        builder.HasIndex(g => new { g.UserId, g.OrgUnitId }).IsUnique().HasDatabaseName("ux_access_grants_user_unit");
        builder.HasIndex(g => g.OrgUnitId).HasDatabaseName("ix_access_grants_org_unit_id");
    }
}
