using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Verksam.Web.Data;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Resources;
using Verksam.Web.Shared.Security;
using Verksam.Web.Shared.Text;
using Verksam.Web.Shared.Validation;

namespace Verksam.Web.Features.Plans;

/// <summary>
/// Which sections a municipality's plans have: the built-in template, or the municipality's own copy that an
/// administrator changes (add, rename, reorder, remove sections, each with an instruction).
/// </summary>
public sealed class TemplateService(VerksamDbContext db, AccessService access, OrgUnitService orgUnits)
{
    public Task<PlanTemplate> ResolveAsync(Guid municipalityId, CancellationToken cancellationToken = default) =>
        ResolveAsync(municipalityId, ReportKind.OperationalPlan, cancellationToken);

    /// <summary>The municipality's own template of the kind, or the built-in one.</summary>
    public async Task<PlanTemplate> ResolveAsync(Guid municipalityId, ReportKind kind, CancellationToken cancellationToken = default)
    {
        var template = await db.ReportTemplates.AsNoTracking().FirstOrDefaultAsync(t => t.MunicipalityId == municipalityId && t.Kind == kind, cancellationToken);
        if (template is null)
        {
            return BuiltInTemplates.For(kind);
        }

        var sections = await db.ReportTemplateSections.AsNoTracking().Where(s => s.TemplateId == template.Id)
            .OrderBy(s => s.Placement).ThenBy(s => s.SortOrder).ToListAsync(cancellationToken);
        return new PlanTemplate(template.Name, sections.Select(s => new PlanTemplateSection(s.Key, s.Title, s.Level, s.Placement, s.Instruction, s.Block, s.DocumentText, s.DocumentTextAfterBlock)).ToList());
    }

    public async Task<TemplateAdmin> GetForAdminAsync(Guid municipalityId, ReportKind kind = ReportKind.OperationalPlan, CancellationToken cancellationToken = default)
    {
        var municipality = await RequireMunicipalityAsync(municipalityId, cancellationToken);
        var template = await db.ReportTemplates.AsNoTracking().FirstOrDefaultAsync(t => t.MunicipalityId == municipalityId && t.Kind == kind, cancellationToken);
        var sections = template is null ? [] : await db.ReportTemplateSections.AsNoTracking().Where(s => s.TemplateId == template.Id)
            .OrderBy(s => s.Placement).ThenBy(s => s.SortOrder).ToListAsync(cancellationToken);
        return new TemplateAdmin(municipality, kind, template, sections);
    }

    public async Task CopyBuiltInAsync(Guid municipalityId, ReportKind kind = ReportKind.OperationalPlan, CancellationToken cancellationToken = default)
    {
        await RequireMunicipalityAsync(municipalityId, cancellationToken);
        if (await db.ReportTemplates.AnyAsync(t => t.MunicipalityId == municipalityId && t.Kind == kind, cancellationToken))
        {
            throw ValidationException.For(string.Empty, Texts.Template_AlreadyCopied);
        }

        var template = new ReportTemplate { Id = Guid.NewGuid(), MunicipalityId = municipalityId, Kind = kind, Name = Texts.Template_OwnName, Version = Guid.NewGuid() };
        db.ReportTemplates.Add(template);
        var order = 0;
        foreach (var s in BuiltInTemplates.For(kind).Sections)
        {
            db.ReportTemplateSections.Add(ReportTemplateSection.CopyOf(s, template, order += 10));
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<ReportKind> KindOfAsync(Guid templateId, CancellationToken cancellationToken = default) =>
        await db.ReportTemplates.Where(t => t.Id == templateId).Select(t => t.Kind).FirstOrDefaultAsync(cancellationToken);

    public async Task<ReportTemplateSection> GetSectionAsync(Guid sectionId, CancellationToken cancellationToken = default)
    {
        var section = await db.ReportTemplateSections.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sectionId, cancellationToken)
            ?? throw new UnitAccessDeniedException(UnitAccessOutcome.NotFound);
        await RequireMunicipalityAsync(section.MunicipalityId, cancellationToken);
        return section;
    }

    public async Task AddSectionAsync(Guid municipalityId, SectionEdit edit, ReportKind kind = ReportKind.OperationalPlan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edit);
        await RequireMunicipalityAsync(municipalityId, cancellationToken);
        var template = await db.ReportTemplates.FirstOrDefaultAsync(t => t.MunicipalityId == municipalityId && t.Kind == kind, cancellationToken)
            ?? throw ValidationException.For(string.Empty, Texts.Template_CopyFirst);
        Validate(edit, kind, requirePlacement: true);
        var last = await db.ReportTemplateSections.Where(s => s.TemplateId == template.Id && s.Placement == edit.Placement).MaxAsync(s => (int?)s.SortOrder, cancellationToken) ?? 0;
        db.ReportTemplateSections.Add(new ReportTemplateSection
        {
            Id = Guid.NewGuid(),
            TemplateId = template.Id,
            MunicipalityId = municipalityId,
            Key = "avsnitt-" + Guid.NewGuid().ToString("N")[..10],
            Title = edit.Title!.Trim(),
            Level = edit.Level,
            Placement = edit.Placement!.Value,
            Instruction = edit.Instruction?.Trim() ?? string.Empty,
            Block = edit.Block,
            DocumentText = UserText.Normalise(edit.DocumentText),
            DocumentTextAfterBlock = edit.DocumentTextAfterBlock,
            SortOrder = last + 10,
            Version = Guid.NewGuid(),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Renames a section or changes its level, instruction or data block; its key, and so the texts written in it, stay.
    /// A report already submitted keeps the sections it was submitted with (ADR 10).
    /// </summary>
    public async Task UpdateSectionAsync(Guid sectionId, SectionEdit edit, Guid version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var section = await LoadSectionAsync(sectionId, version, cancellationToken);
        Validate(edit, await KindOfAsync(section.TemplateId, cancellationToken), requirePlacement: false);
        section.Title = edit.Title!.Trim();
        section.Level = edit.Level;
        section.Instruction = edit.Instruction?.Trim() ?? string.Empty;
        section.Block = edit.Block;
        section.DocumentText = UserText.Normalise(edit.DocumentText);
        section.DocumentTextAfterBlock = edit.DocumentTextAfterBlock;
        await SaveAsync(cancellationToken);
    }

    public async Task MoveSectionAsync(Guid sectionId, int direction, CancellationToken cancellationToken = default)
    {
        var section = await db.ReportTemplateSections.FirstOrDefaultAsync(s => s.Id == sectionId, cancellationToken)
            ?? throw new UnitAccessDeniedException(UnitAccessOutcome.NotFound);
        await RequireMunicipalityAsync(section.MunicipalityId, cancellationToken);
        var siblings = await db.ReportTemplateSections.Where(s => s.TemplateId == section.TemplateId && s.Placement == section.Placement).OrderBy(s => s.SortOrder).ToListAsync(cancellationToken);
        var index = siblings.IndexOf(section);
        var other = index + Math.Sign(direction);
        if (other < 0 || other >= siblings.Count)
        {
            return;
        }

        (siblings[index].SortOrder, siblings[other].SortOrder) = (siblings[other].SortOrder, siblings[index].SortOrder);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Moves a section to a place (1 first) among the sections of its placement in one step; a place out of range
    /// means the first or the last.
    /// </summary>
    public async Task MoveSectionToAsync(Guid sectionId, int position, CancellationToken cancellationToken = default)
    {
        var section = await db.ReportTemplateSections.FirstOrDefaultAsync(s => s.Id == sectionId, cancellationToken)
            ?? throw new UnitAccessDeniedException(UnitAccessOutcome.NotFound);
        await RequireMunicipalityAsync(section.MunicipalityId, cancellationToken);
        var siblings = await db.ReportTemplateSections.Where(s => s.TemplateId == section.TemplateId && s.Placement == section.Placement).OrderBy(s => s.SortOrder).ToListAsync(cancellationToken);
        var orders = siblings.Select(s => s.SortOrder).ToList();
        siblings.Remove(section);
        siblings.Insert(Math.Clamp(position, 1, siblings.Count + 1) - 1, section);
        for (var i = 0; i < siblings.Count; i++)
        {
            siblings[i].SortOrder = orders[i];
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Removes a section from the template; texts already written stay stored but are no longer shown.</summary>
    public async Task RemoveSectionAsync(Guid sectionId, CancellationToken cancellationToken = default)
    {
        var section = await db.ReportTemplateSections.FirstOrDefaultAsync(s => s.Id == sectionId, cancellationToken)
            ?? throw new UnitAccessDeniedException(UnitAccessOutcome.NotFound);
        await RequireMunicipalityAsync(section.MunicipalityId, cancellationToken);
        db.ReportTemplateSections.Remove(section);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static void Validate(SectionEdit edit, ReportKind kind, bool requirePlacement)
    {
        var errors = new ValidationErrors();
        var title = edit.Title?.Trim() ?? string.Empty;
        if (title.Length == 0)
        {
            errors.Add("Title", Texts.Template_Title_Required);
        }
        else if (title.Length > ReportTemplateSection.TitleMaxLength)
        {
            errors.Add("Title", Texts.Template_Title_TooLong);
        }
        else if (!PlanTemplateSection.HasValidPlaceholders(title))
        {
            errors.Add("Title", Texts.Template_Title_Braces);
        }

        if (edit.Level is < 1 or > 3)
        {
            errors.Add("Level", Texts.Template_Level_Invalid);
        }

        if (edit.Block != DataBlock.None && !DataBlocks.For(kind).Contains(edit.Block))
        {
            errors.Add("Block", string.Format(CultureInfo.CurrentCulture, Texts.Template_Block_NotForKind, SectionEdit.KindName(kind).ToLower(CultureInfo.CurrentCulture)));
        }

        if (requirePlacement && edit.Placement is null)
        {
            errors.Add("Placement", Texts.Template_Placement_Required);
        }

        FreeText.Refuse(errors, "Instruction", Texts.Template_Instruction, edit.Instruction);

        PersonalIdentityNumber.Refuse(errors, "Title", Texts.Template_SectionTitle, title);
        PersonalIdentityNumber.Refuse(errors, "Instruction", Texts.Template_Instruction, edit.Instruction);
        FreeText.Refuse(errors, "DocumentText", Texts.Template_DocumentText, edit.DocumentText);

        PersonalIdentityNumber.Refuse(errors, "DocumentText", Texts.Template_DocumentText, edit.DocumentText);

        if (!errors.IsValid)
        {
            throw new ValidationException(errors);
        }
    }

    private async Task<ReportTemplateSection> LoadSectionAsync(Guid sectionId, Guid version, CancellationToken cancellationToken)
    {
        var section = await db.ReportTemplateSections.FirstOrDefaultAsync(s => s.Id == sectionId, cancellationToken)
            ?? throw new UnitAccessDeniedException(UnitAccessOutcome.NotFound);
        await RequireMunicipalityAsync(section.MunicipalityId, cancellationToken);
        db.Expect(section, version);
        return section;
    }

    private Task SaveAsync(CancellationToken cancellationToken) => db.SaveOrRefuseAsync(cancellationToken);

    private async Task<OrgUnit> RequireMunicipalityAsync(Guid municipalityId, CancellationToken cancellationToken)
    {
        if (!(await access.GetAsync(cancellationToken)).IsAdministrator)
        {
            throw new UnitAccessDeniedException(UnitAccessOutcome.Forbidden);
        }

        return await orgUnits.FindMunicipalityAsync(municipalityId, cancellationToken)
            ?? throw new UnitAccessDeniedException(UnitAccessOutcome.NotFound);
    }
}

public sealed record TemplateAdmin(OrgUnit Municipality, ReportKind Kind, ReportTemplate? Template, IReadOnlyList<ReportTemplateSection> Sections);

public sealed class SectionEdit
{
    public string? Title { get; set; }

    public int Level { get; set; } = 2;

    public SectionPlacement? Placement { get; set; }

    public string? Instruction { get; set; }

    public DataBlock Block { get; set; }

    /// <summary>Printed in every document made from the template, under the heading or after the block.</summary>
    public string? DocumentText { get; set; }

    public bool DocumentTextAfterBlock { get; set; }

    public static string KindName(ReportKind kind) => EnumText.Of(kind);

    public static string PlacementName(SectionPlacement placement) => EnumText.Of(placement);
}
