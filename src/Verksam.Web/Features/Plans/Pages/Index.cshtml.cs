using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Shared.Links;
using Verksam.Web.Shared.Pages;
using Verksam.Web.Shared.Text;

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
            Confirmation = string.Format(System.Globalization.CultureInfo.CurrentCulture, Resources.Texts.PlanCopy_Done, year + 1, Counted.Format("Count_Goals", result.Goals), Counted.Format("Count_Indicators", result.Indicators), Counted.Format("Count_Activities", result.Activities), Counted.Format("Count_Sections", result.Sections));
            if (result.Quality is { Total: > 0 } q)
            {
                Confirmation += " " + string.Format(System.Globalization.CultureInfo.CurrentCulture, Resources.Texts.PlanCopy_QualityDone, Counted.Format("Count_Risks", q.Risks), Counted.Format("Count_Actions", q.Actions), Counted.Format("Count_Controls", q.Controls), Counted.Format("Count_WheelActivities", q.WheelActivities), Counted.Format("Count_Assignments", q.Assignments));
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
