using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Verksam.Web.Domain.Scales;
using Verksam.Web.Features.Organisation;

namespace Verksam.Web.Features.Indicators;

internal sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> builder)
    {
        builder.ToTable("indicators");
        builder.HasKey(i => i.Id).HasName("pk_indicators");
        builder.Property(i => i.Name).HasMaxLength(Indicator.NameMaxLength).IsRequired();
        builder.Property(i => i.Unit).HasConversion<int>();
        builder.Property(i => i.Periodicity).HasConversion<int>();
        builder.Property(i => i.Measurement).HasConversion<int>();
        builder.Property(i => i.Direction).HasConversion<int>();
        builder.Property(i => i.AnnualTarget).HasPrecision(18, 4);
        builder.Property(i => i.CouncilTarget).HasPrecision(18, 4);
        builder.Property(i => i.AnnualTargetText).HasMaxLength(Indicator.TargetTextMaxLength);
        builder.Property(i => i.CouncilTargetText).HasMaxLength(Indicator.TargetTextMaxLength);
        builder.Property(i => i.ExternalKpiId).HasMaxLength(Indicator.KpiMaxLength);
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.Property(i => i.Scale).HasMaxLength(2000).HasConversion(
            s => s == null ? null : ScaleJson.Serialize(s),
            s => s == null ? null : ScaleJson.Deserialize(s),
            new ValueComparer<Scale?>((a, b) => a == null ? b == null : b != null && ScaleJson.Serialize(a) == ScaleJson.Serialize(b), s => s == null ? 0 : ScaleJson.Serialize(s).GetHashCode(StringComparison.Ordinal), s => s));
        builder.Property(i => i.SurveyAnswers).HasMaxLength(2000).IsRequired().HasConversion(
            a => JsonSerializer.Serialize(a, JsonOptions.Default),
            a => JsonSerializer.Deserialize<List<SurveyAnswer>>(a, JsonOptions.Default) ?? new List<SurveyAnswer>(),
            new ValueComparer<List<SurveyAnswer>>((a, b) => a!.SequenceEqual(b!), a => a.Count, a => a.ToList()));
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(i => i.OrgUnitId).OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_indicators_org_unit");
        builder.HasIndex(i => new { i.OrgUnitId, i.Year }).HasDatabaseName("ix_indicators_org_unit_year");
    }
}

internal sealed class OutcomeConfiguration : IEntityTypeConfiguration<Outcome>
{
    public void Configure(EntityTypeBuilder<Outcome> builder)
    {
        builder.ToTable("outcomes");
        builder.HasKey(o => o.Id).HasName("pk_outcomes");
        builder.Ignore(o => o.Period);
        builder.Ignore(o => o.IsEmpty);
        builder.Property(o => o.PeriodKind).HasConversion<int>();
        builder.Property(o => o.Value).HasPrecision(18, 4);
        builder.Property(o => o.Numerator).HasPrecision(18, 4);
        builder.Property(o => o.Denominator).HasPrecision(18, 4);
        builder.Property(o => o.ValueMen).HasPrecision(18, 4);
        builder.Property(o => o.ValueWomen).HasPrecision(18, 4);
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.Property(o => o.SurveyCounts).HasMaxLength(2000).IsRequired().HasConversion(
            c => JsonSerializer.Serialize(c, JsonOptions.Default),
            c => JsonSerializer.Deserialize<Dictionary<string, decimal>>(c, JsonOptions.Default) ?? new Dictionary<string, decimal>(),
            new ValueComparer<Dictionary<string, decimal>>((a, b) => a!.Count == b!.Count && !a.Except(b).Any(), c => c.Count, c => new Dictionary<string, decimal>(c)));
        builder.HasOne<Indicator>().WithMany().HasForeignKey(o => o.IndicatorId).OnDelete(DeleteBehavior.Cascade).HasConstraintName("fk_outcomes_indicator");
        builder.HasIndex(o => new { o.IndicatorId, o.Year, o.PeriodKind, o.StartMonth, o.EndMonth }).IsUnique().HasDatabaseName("ux_outcomes_indicator_period");
        builder.HasIndex(o => new { o.OrgUnitId, o.Year }).HasDatabaseName("ix_outcomes_org_unit_year");
    }
}

internal static class JsonOptions
{
    public static readonly JsonSerializerOptions Default = new(JsonSerializerDefaults.Web);
}
