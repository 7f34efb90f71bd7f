using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Shared.Auditing;
using Verksam.Web.Shared.Validation;

namespace Verksam.Web.Features.Plans;

/// <summary>A unit's verksamhetsplan for a year: its section texts; its goals, indicators and activities come from those features.</summary>
public sealed class OperationalPlan : IAudited, IVersioned
{
    public Guid Id { get; set; }

    public Guid OrgUnitId { get; set; }

    public int Year { get; set; }

    public Guid Version { get; set; }

    Guid? IAudited.AuditOrgUnitId => OrgUnitId;
}

public sealed class PlanSectionText : IAudited, IVersioned
{
    public const int KeyMaxLength = 100;

    public Guid Id { get; set; }

    public Guid PlanId { get; set; }

    public Guid OrgUnitId { get; set; }

    [AuditValue]
    public string SectionKey { get; set; } = string.Empty;

    public string? Text { get; set; }

    /// <summary>Copied from the year before and not yet looked over.</summary>
    public bool NeedsReview { get; set; }

    public Guid Version { get; set; }

    Guid? IAudited.AuditOrgUnitId => OrgUnitId;
}

internal sealed class OperationalPlanConfiguration : IEntityTypeConfiguration<OperationalPlan>
{
    public void Configure(EntityTypeBuilder<OperationalPlan> builder)
    {
        builder.ToTable("operational_plans");
        builder.HasKey(p => p.Id).HasName("pk_operational_plans");
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(p => p.OrgUnitId).OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_operational_plans_org_unit");
        builder.HasIndex(p => new { p.OrgUnitId, p.Year }).IsUnique().HasDatabaseName("ux_operational_plans_unit_year");
    }
}

internal sealed class PlanSectionTextConfiguration : IEntityTypeConfiguration<PlanSectionText>
{
    public void Configure(EntityTypeBuilder<PlanSectionText> builder)
    {
        builder.ToTable("plan_section_texts");
        builder.HasKey(t => t.Id).HasName("pk_plan_section_texts");
        builder.Property(t => t.SectionKey).HasMaxLength(PlanSectionText.KeyMaxLength).IsRequired();
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.HasOne<OperationalPlan>().WithMany().HasForeignKey(t => t.PlanId).OnDelete(DeleteBehavior.Cascade).HasConstraintName("fk_plan_section_texts_plan");
        builder.HasIndex(t => new { t.PlanId, t.SectionKey }).IsUnique().HasDatabaseName("ux_plan_section_texts_plan_key");
    }
}
