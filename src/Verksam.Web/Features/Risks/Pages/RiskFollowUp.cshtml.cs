using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Domain.Periods;
using Verksam.Web.Shared.Links;
using Verksam.Web.Shared.Pages;
using Verksam.Web.Shared.Security;

namespace Verksam.Web.Features.Risks.Pages;

/// <summary>
/// The risk follow-up of a report's period: each risk in the follow-up marked by how well its action plan is followed,
/// and, for a risk without actions, the date its plan will be ready. All saved together or not at all.
/// </summary>
public sealed class RiskFollowUpModel(RiskFollowUpService followUps) : VerksamPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true, Name = "period")]
    public string PeriodCode { get; set; } = string.Empty;

    [BindProperty]
    public List<RiskMarkEdit> Marks { get; set; } = [];

    public RiskFollowUpView View { get; private set; } = null!;

    public string ReportUrl => Link.Report(Id, View.Period);

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        Marks = View.Risks.Select(r => new RiskMarkEdit
        {
            RiskId = r.Id,
            Mark = View.Marks.GetValueOrDefault(r.Id)?.Mark,
            Comment = View.Marks.GetValueOrDefault(r.Id)?.Comment,
            Version = View.Marks.GetValueOrDefault(r.Id)?.Version,
        }).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        return await SaveAsync(
            async () =>
            {
                await followUps.SaveFollowUpAsync(Id, View.Period, Marks);
                Confirmation = Resources.Texts.RiskFollowUp_Saved;
                return Redirect(ReportUrl);
            },
            prefix: string.Empty);
    }

    public RiskMarkEdit MarkFor(Guid riskId) => Marks.FirstOrDefault(m => m.RiskId == riskId) ?? new RiskMarkEdit { RiskId = riskId };

    private async Task<bool> LoadAsync()
    {
        if (!Period.TryParse(PeriodCode, out var period) || !ReportPeriods.Includes(period))
        {
            return false;
        }

        View = await followUps.FollowUpAsync(Id, period);
        if (!View.Register.CanEdit)
        {
            throw new UnitAccessDeniedException(UnitAccessOutcome.Forbidden);
        }

        return true;
    }
}
