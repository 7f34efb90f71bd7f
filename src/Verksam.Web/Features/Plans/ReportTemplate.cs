using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Shared.Auditing;
using Verksam.Web.Shared.Validation;

namespace Verksam.Web.Features.Plans;

public enum ReportKind
{
    OperationalPlan = 1,
    MonthlyReport = 2,
    TertialReport = 3,
    QualityPlan = 4,
    AnnualReport = 5,
}

/// <summary>A municipality's own copy of a built-in template, changed by an administrator.</summary>
public sealed class ReportTemplate : IAudited, IVersioned
{
    public const int NameMaxLength = 200;

    public Guid Id { get; set; }

    public Guid MunicipalityId { get; set; }

    public ReportKind Kind { get; set; }

    [AuditValue]
    public string Name { get; set; } = string.Empty;

    public Guid Version { get; set; }

    Guid? IAudited.AuditOrgUnitId => MunicipalityId;
}

public sealed class ReportTemplateSection : IAudited, IVersioned
{
    public const int TitleMaxLength = 300;

    public Guid Id { get; set; }

    public Guid TemplateId { get; set; }

    public Guid MunicipalityId { get; set; }

    /// <summary>Stays the same when the section is renamed or moved, so the texts written under it stay with it.</summary>
    [AuditValue]
    public string Key { get; set; } = string.Empty;

    [AuditValue]
    public string Title { get; set; } = string.Empty;

    [AuditWords("SectionLevel")]
    public int Level { get; set; } = 1;

    public SectionPlacement Placement { get; set; }

    public string Instruction { get; set; } = string.Empty;

    /// <summary>What the section shows beside its text, composed from the data.</summary>
    public DataBlock Block { get; set; }

    /// <summary>A text every document made from the template prints in the section ("Instruktioner: …" in seed 000).</summary>
    public string? DocumentText { get; set; }

    /// <summary>The document text stands after the data block rather than under the heading.</summary>
    public bool DocumentTextAfterBlock { get; set; }

    public int SortOrder { get; set; }

    public Guid Version { get; set; }

    Guid? IAudited.AuditOrgUnitId => MunicipalityId;

    /// <summary>A municipality's copy of a built-in section, at <paramref name="sortOrder"/> in its template.</summary>
    public static ReportTemplateSection CopyOf(PlanTemplateSection section, ReportTemplate template, int sortOrder)
    {
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(template);
        return new ReportTemplateSection
        {
            Id = Guid.NewGuid(),
            TemplateId = template.Id,
            MunicipalityId = template.MunicipalityId,
            Key = section.Key,
            Title = section.Title,
            Level = section.Level,
            Placement = section.Placement,
            Instruction = section.Instruction,
            Block = section.Block,
            DocumentText = section.DocumentText,
            DocumentTextAfterBlock = section.DocumentTextAfterBlock,
            SortOrder = sortOrder,
            Version = Guid.NewGuid(),
        };
    }
}

internal sealed class ReportTemplateConfiguration : IEntityTypeConfiguration<ReportTemplate>
{
    public void Configure(EntityTypeBuilder<ReportTemplate> builder)
    {
        builder.ToTable("report_templates");
        builder.HasKey(t => t.Id).HasName("pk_report_templates");
        builder.Property(t => t.Name).HasMaxLength(ReportTemplate.NameMaxLength).IsRequired();
        builder.Property(t => t.Kind).HasConversion<int>();
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(t => t.MunicipalityId).OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_report_templates_municipality");
        builder.HasIndex(t => new { t.MunicipalityId, t.Kind }).IsUnique().HasDatabaseName("ux_report_templates_municipality_kind");
    }
}

internal sealed class ReportTemplateSectionConfiguration : IEntityTypeConfiguration<ReportTemplateSection>
{
    public void Configure(EntityTypeBuilder<ReportTemplateSection> builder)
    {
        builder.ToTable("report_template_sections");
        builder.HasKey(s => s.Id).HasName("pk_report_template_sections");
        builder.Property(s => s.Key).HasMaxLength(PlanSectionText.KeyMaxLength).IsRequired();
        builder.Property(s => s.Title).HasMaxLength(ReportTemplateSection.TitleMaxLength).IsRequired();
        builder.Property(s => s.Instruction).IsRequired();
        builder.Property(s => s.Placement).HasConversion<int>();
        builder.Property(s => s.Block).HasConversion<int>().HasDefaultValue(DataBlock.None);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasOne<ReportTemplate>().WithMany().HasForeignKey(s => s.TemplateId).OnDelete(DeleteBehavior.Cascade).HasConstraintName("fk_report_template_sections_template");
        builder.HasIndex(s => new { s.TemplateId, s.Key }).IsUnique().HasDatabaseName("ux_report_template_sections_template_key");
    }
}
