using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Shared.Links;
using Verksam.Web.Shared.Pages;
using Verksam.Web.Shared.Security;

namespace Verksam.Web.Features.Plans.Pages;

[Authorize(Policy = AdministratorRequirement.PolicyName)]
public sealed class TemplateSectionModel(TemplateService templates) : VerksamPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public SectionEdit Input { get; set; } = new();

    [BindProperty]
    public Guid Version { get; set; }

    public Guid MunicipalityId { get; private set; }

    public ReportKind Kind { get; private set; }

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
