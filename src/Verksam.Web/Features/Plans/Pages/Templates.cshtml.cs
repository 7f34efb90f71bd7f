using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Resources;
using Verksam.Web.Shared.Links;
using Verksam.Web.Shared.Pages;
using Verksam.Web.Shared.Security;

namespace Verksam.Web.Features.Plans.Pages;

[Authorize(Policy = AdministratorRequirement.PolicyName)]
public sealed class TemplatesModel(TemplateService templates, TimeProvider time) : VerksamPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true, Name = "rapport")]
    public ReportKind Kind { get; set; } = ReportKind.OperationalPlan;

    [BindProperty]
    public SectionEdit Input { get; set; } = new();

    public TemplateAdmin Admin { get; private set; } = null!;

    /// <summary>The year whose documents the titles are shown for: this year's.</summary>
    public int ExampleYear => time.GetLocalNow().Year;

    /// <summary>"Mall för månadsrapport": the heading of the template being edited.</summary>
    public string Title => string.Format(System.Globalization.CultureInfo.CurrentCulture, Texts.Template_TitleFor, SectionEdit.KindName(KindOrPlan()).ToLower(System.Globalization.CultureInfo.CurrentCulture));

    public async Task OnGetAsync() => Admin = await templates.GetForAdminAsync(Id, KindOrPlan());

    public Task<IActionResult> OnPostCopyAsync() => ChangeAsync(() => templates.CopyBuiltInAsync(Id, KindOrPlan()), Texts.Template_Copied);

    public Task<IActionResult> OnPostAddAsync() => ChangeAsync(() => templates.AddSectionAsync(Id, Input, KindOrPlan()), Texts.Template_Added);

    public Task<IActionResult> OnPostUpAsync(Guid sectionId) => ChangeAsync(() => templates.MoveSectionAsync(sectionId, -1), Texts.Template_Moved);

    public Task<IActionResult> OnPostDownAsync(Guid sectionId) => ChangeAsync(() => templates.MoveSectionAsync(sectionId, 1), Texts.Template_Moved);

    public Task<IActionResult> OnPostMoveToAsync(Guid sectionId, int position) => ChangeAsync(() => templates.MoveSectionToAsync(sectionId, position), Texts.Template_Moved);

    public Task<IActionResult> OnPostRemoveAsync(Guid sectionId) => ChangeAsync(() => templates.RemoveSectionAsync(sectionId), Texts.Template_Removed);

    private ReportKind KindOrPlan() => Enum.IsDefined(Kind) ? Kind : ReportKind.OperationalPlan;

    private Task<IActionResult> ChangeAsync(Func<Task> change, string confirmation) => SaveAsync(
        async () =>
        {
            await change();
            Confirmation = confirmation;
            return Redirect(Link.Templates(Id, KindOrPlan().ToString()));
        },
        refused: async () => Admin = await templates.GetForAdminAsync(Id, KindOrPlan()),
        versioned: false);
}
