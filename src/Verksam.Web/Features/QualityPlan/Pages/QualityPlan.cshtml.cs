using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Features.Plans;
using Verksam.Web.Shared.Pages;

namespace Verksam.Web.Features.QualityPlan.Pages;

/// <summary>A unit's kvalitetsplan for a year: its sections to write, and the registers its tables come from.</summary>
public sealed class QualityPlanModel(PlanService plans, QualityPlanService qualityPlans, TimeProvider time) : VerksamPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true, Name = "ar")]
    public int? Year { get; set; }

    public PlanOverview Overview { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        Overview = await plans.GetAsync(Id, Year is >= 2000 and <= 2100 ? Year.Value : await qualityPlans.OpeningYearAsync(Id, time.GetLocalNow().Year), ReportKind.QualityPlan);
        if (Year is null && Overview.Texts.Count == 0 && Overview.PlanYears.Count > 0)
        {
            Overview = await plans.GetAsync(Id, Overview.PlanYears[0], ReportKind.QualityPlan);
        }
    }
}
