using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Domain.Periods;
using Verksam.Web.Features.Documents;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Resources;
using Verksam.Web.Shared.Links;
using Verksam.Web.Shared.Pages;

namespace Verksam.Web.Features.FollowUp.Pages;

/// <summary>
/// The level above exports every unit's report of one period as a zip of Word or PDF documents. The export runs in
/// the background; its page shows how far it has come and refreshes itself (no JavaScript needed).
/// </summary>
public sealed class ExportModel(AccessService access, BatchExport batches, DocumentExport export, TimeProvider time) : VerksamPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true, Name = "ar")]
    public int? Year { get; set; }

    [BindProperty]
    public string? PeriodCode { get; set; }

    [BindProperty]
    public ExportFormat Format { get; set; } = ExportFormat.Word;

    public OrgUnit Unit { get; private set; } = null!;

    public bool PdfAvailable => export.PdfAvailable;

    public IReadOnlyList<Period> Periods => FollowUpService.OverviewPeriods(Year!.Value);

    public async Task OnGetAsync()
    {
        Unit = await access.RequireAsync(Id, AccessLevel.Read);
        Year = Year is >= 2000 and <= 2100 ? Year : time.GetLocalNow().Year;
        PeriodCode ??= Period.WholeYear(Year.Value).Code;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Unit = await access.RequireAsync(Id, AccessLevel.Read);
        Year = Year is >= 2000 and <= 2100 ? Year : time.GetLocalNow().Year;
        if (!Period.TryParse(PeriodCode, out var period) || !FollowUpService.IsReportPeriod(period))
        {
            ModelState.AddModelError(nameof(PeriodCode), Texts.Export_Period_Required);
            return Page();
        }

        if (!Enum.IsDefined(Format) || Format == ExportFormat.Pdf && !export.PdfAvailable)
        {
            ModelState.AddModelError(nameof(Format), Format == ExportFormat.Pdf ? Texts.Document_PdfUnavailable : Texts.Export_Format_Required);
            return Page();
        }

        var job = await batches.StartAsync(Id, period, Format, User);
        return Redirect(Link.FollowUpExportJob(Id, job.Id));
    }
}
