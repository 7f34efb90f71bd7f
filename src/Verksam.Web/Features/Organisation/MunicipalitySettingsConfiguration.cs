using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Verksam.Web.Features.Organisation;

internal sealed class MunicipalitySettingsConfiguration : IEntityTypeConfiguration<MunicipalitySettings>
{
    public void Configure(EntityTypeBuilder<MunicipalitySettings> builder)
    {
        builder.ToTable("municipality_settings");
        builder.HasKey(s => s.OrgUnitId).HasName("pk_municipality_settings");
        builder.Property(s => s.RollUpRule).HasConversion<int>();
        builder.Property(s => s.GreenFrom).HasPrecision(9, 4);
        builder.Property(s => s.YellowFrom).HasPrecision(9, 4);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Ignore(s => s.ReportUse);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(s => s.OrgUnitId).OnDelete(DeleteBehavior.Cascade).HasConstraintName("fk_municipality_settings_org_unit");
    }
}
