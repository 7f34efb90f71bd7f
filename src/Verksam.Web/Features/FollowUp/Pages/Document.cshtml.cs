using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Domain.Periods;
using Verksam.Web.Features.Documents;
using Verksam.Web.Features.Documents.Pages;
using Verksam.Web.Shared.Text;

namespace Verksam.Web.Features.FollowUp.Pages;

/// <summary>A follow-up report (month, tertial, year) as one document, as its seed lays it out: printable, and as Word and PDF.</summary>
public sealed class DocumentModel(FollowUpService reports, DocumentExport export, TimeProvider time) : DocumentPageModel(export)
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true, Name = "period")]
    public string PeriodCode { get; set; } = string.Empty;

    private string _unitName = string.Empty;

    public override string Subject => _unitName;

    public override string Query => string.Empty;

    protected override async Task<Features.Documents.DocumentModel?> ComposeAsync()
    {
        if (!Period.TryParse(PeriodCode, out var period) || !FollowUpService.IsReportPeriod(period))
        {
            return null;
        }

        var view = await reports.GetAsync(Id, period);
        _unitName = view.Unit.Name;
        return ReportDocument.Compose(view, LocalTime.Today(time));
    }
}
