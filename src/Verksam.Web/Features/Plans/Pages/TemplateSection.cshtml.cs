using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Shared.Links;
using Verksam.Web.Shared.Pages;
using Verksam.Web.Shared.Security;

namespace Verksam.Web.Features.Plans.Pages;

[Authorize(Policy = AdministratorRequirement.PolicyName)]
public sealed class TemplateSectionModel(TemplateService templates, TimeProvider time) : VerksamPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public SectionEdit Input { get; set; } = new();

    [BindProperty]
    public Guid Version { get; set; }

    public Guid MunicipalityId { get; private set; }

    public ReportKind Kind { get; private set; }

    /// <summary>"Ändra avsnitt i mallen för månadsrapport".</summary>
    public string Heading => string.Format(System.Globalization.CultureInfo.CurrentCulture, Resources.Texts.Template_EditSectionOf, SectionEdit.KindName(Kind).ToLower(System.Globalization.CultureInfo.CurrentCulture));

    public int ExampleYear => time.GetLocalNow().Year;

    /// <summary>How {0} and {1} work, and what this title becomes in this year's document.</summary>
    public string TitleHint
    {
        get
        {
            var culture = System.Globalization.CultureInfo.CurrentCulture;
            // One example, not two: a title that names the year is its own example of what the document prints.
            var hint = string.Format(culture, Resources.Texts.Template_SectionTitle_Hint, ExampleYear, ExampleYear - 1);
            return hint + " " + (Input.Title is { } title && PlanTemplateSection.NamesTheYear(title)
                ? string.Format(culture, Resources.Texts.Template_SectionTitle_Becomes, ExampleYear, PlanTemplateSection.TitleFor(title, ExampleYear))
                : string.Format(culture, Resources.Texts.Template_SectionTitle_Example, ExampleYear, ExampleYear - 1));
        }
    }

    public string BackUrl => Link.Templates(MunicipalityId, Kind.ToString());

    public async Task OnGetAsync()
    {
        var section = await templates.GetSectionAsync(Id);
        MunicipalityId = section.MunicipalityId;
        Kind = await templates.KindOfAsync(section.TemplateId);
        Version = section.Version;
        Input = new SectionEdit { Title = section.Title, Level = section.Level, Placement = section.Placement, Instruction = section.Instruction, Block = section.Block, DocumentText = section.DocumentText, DocumentTextAfterBlock = section.DocumentTextAfterBlock };
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var section = await templates.GetSectionAsync(Id);
        MunicipalityId = section.MunicipalityId;
        Kind = await templates.KindOfAsync(section.TemplateId);
        return await SaveAsync(
            async () =>
            {
                await templates.UpdateSectionAsync(Id, Input, Version);
                Confirmation = Resources.Texts.Template_SectionSaved;
                return Redirect(BackUrl);
            },
            onStale: () =>
            {
                ModelState.Remove(nameof(Version));
                Version = section.Version;
                return Task.CompletedTask;
            });
    }
}
