using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Shared.Links;
using Verksam.Web.Shared.Pages;

namespace Verksam.Web.Features.Plans.Pages;

public sealed class SectionModel(PlanService plans, AccessService access, TimeProvider time) : VerksamPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public string Key { get; set; } = string.Empty;

    /// <summary>Which plan the section belongs to: "verksamhetsplan" or "kvalitetsplan", as in the address.</summary>
    [BindProperty(SupportsGet = true)]
    public string Document { get; set; } = "verksamhetsplan";

    public ReportKind Kind => Document == "kvalitetsplan" ? ReportKind.QualityPlan : ReportKind.OperationalPlan;

    public string BackUrl => Kind == ReportKind.QualityPlan ? Link.QualityPlan(Id, Year) : Link.Plan(Id, Year);

    public string PlanTitle => string.Format(System.Globalization.CultureInfo.CurrentCulture, Kind == ReportKind.QualityPlan ? Resources.Texts.QualityPlan_Title : Resources.Texts.Plan_Title, Year);

    [BindProperty(SupportsGet = true, Name = "ar")]
    public int? Year { get; set; }

    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public Guid? Version { get; set; }

    public string Title { get; private set; } = string.Empty;

    public string Instruction { get; private set; } = string.Empty;

    public string UnitName { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync()
    {
        var overview = await LoadAsync();
        if (overview is null)
        {
            return NotFound();
        }

        var stored = overview.Texts.GetValueOrDefault(Key);
        Text = stored?.Text;
        Version = stored?.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var overview = await LoadAsync();
        if (overview is null)
        {
            return NotFound();
        }

        return await SaveAsync(
            async () =>
            {
                await plans.SaveSectionAsync(Id, Year!.Value, Key, Text, Version, Kind);
                Confirmation = string.Format(System.Globalization.CultureInfo.CurrentCulture, Resources.Texts.Plan_SectionSaved, Title);
                return Redirect(BackUrl);
            },
            prefix: string.Empty,
            onStale: () =>
            {
                ModelState.Remove(nameof(Version));
                Version = overview.Texts.GetValueOrDefault(Key)?.Version;
                return Task.CompletedTask;
            });
    }

    private async Task<PlanOverview?> LoadAsync()
    {
        await access.RequireAsync(Id, AccessLevel.Edit);
        Year = Year is >= 2000 and <= 2100 ? Year : time.GetLocalNow().Year;
        var overview = await plans.GetAsync(Id, Year.Value, Kind);
        var section = overview.Template.Find(Key);
        if (section is null)
        {
            return null;
        }

        Title = section.TitleFor(Year.Value);
        Instruction = section.Instruction;
        UnitName = overview.Unit.Name;
        return overview;
    }
}
