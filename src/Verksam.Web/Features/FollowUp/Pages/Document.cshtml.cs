using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Shared.Pages;
using Verksam.Web.Shared.Periods;

namespace Verksam.Web.Features.FollowUp.Pages;

/// <summary>The report as one document, as seed 000 lays it out, printable from the browser.</summary>
public sealed class DocumentModel(FollowUpService reports) : VerksamPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true, Name = "period")]
    public string PeriodCode { get; set; } = string.Empty;

    public Shared.Documents.DocumentModel Document { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        if (!Period.TryParse(PeriodCode, out var period) || !FollowUpService.IsReportPeriod(period))
        {
            return NotFound();
        }

        Document = ReportDocument.Compose(await reports.GetAsync(Id, period));
        return Page();
    }
}
