using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Features.Documents;
using Verksam.Web.Features.Documents.Pages;

namespace Verksam.Web.Features.QualityPlan.Pages;

/// <summary>The whole kvalitetsplan as one document: printable, and as Word and PDF.</summary>
public sealed class QualityPlanDocumentModel(QualityPlanService plans, TimeProvider time, DocumentExport export) : DocumentPageModel(export)
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true, Name = "ar")]
    public int? Year { get; set; }

    public override string Query => $"ar={Year}";

    protected override async Task<Features.Documents.DocumentModel?> ComposeAsync()
    {
        Year = Year is >= 2000 and <= 2100 ? Year : time.GetLocalNow().Year;
        return await plans.ComposeAsync(Id, Year.Value);
    }
}
