using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Shared.Pages;

namespace Verksam.Web.Features.Plans.Pages;

public sealed class IndexModel(PlanService plans, TimeProvider time) : VerksamPageModel
{
    [BindProperty(SupportsGet = true, Name = "ar")]
    public int? Year { get; set; }

    public PlanOverview Overview { get; private set; } = null!;

    public async Task OnGetAsync(Guid id) => Overview = await plans.GetAsync(id, Year is >= 2000 and <= 2100 ? Year.Value : time.GetLocalNow().Year);
}
