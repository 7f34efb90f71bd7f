using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Shared.Links;
using Verksam.Web.Shared.Pages;

namespace Verksam.Web.Features.Plans.Pages;

public sealed class IndexModel(PlanService plans, PlanCopyService copier, TimeProvider time) : VerksamPageModel
{
    [BindProperty(SupportsGet = true, Name = "ar")]
    public int? Year { get; set; }

    public PlanOverview Overview { get; private set; } = null!;

    public async Task OnGetAsync(Guid id) => Overview = await plans.GetAsync(id, Year is >= 2000 and <= 2100 ? Year.Value : await plans.OpeningYearAsync(id, time.GetLocalNow().Year));

    public async Task<IActionResult> OnPostCopyAsync(Guid id)
    {
        var year = Year is >= 2000 and < 2100 ? Year.Value : time.GetLocalNow().Year;
        try
        {
            var result = await copier.CopyToNextYearAsync(id, year);
            Confirmation = string.Format(System.Globalization.CultureInfo.CurrentCulture, Resources.Texts.PlanCopy_Done, year + 1, result.Goals, result.Indicators, result.Activities, result.Sections);
            if (result.Quality is { Total: > 0 } q)
            {
                Confirmation += " " + string.Format(System.Globalization.CultureInfo.CurrentCulture, Resources.Texts.PlanCopy_QualityDone, q.Risks, q.Actions, q.Controls, q.WheelActivities, q.Assignments);
            }
            return Redirect(Link.Plan(id, year + 1));
        }
        catch (Shared.Validation.ValidationException ex)
        {
            AddErrors(ex, string.Empty);
            Overview = await plans.GetAsync(id, year);
            return Page();
        }
    }
}
