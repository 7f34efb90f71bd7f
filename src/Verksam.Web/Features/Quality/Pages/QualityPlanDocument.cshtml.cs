using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Shared.Pages;

namespace Verksam.Web.Features.Quality.Pages;

/// <summary>The whole kvalitetsplan as one document, printable from the browser.</summary>
public sealed class QualityPlanDocumentModel(QualityPlanService plans, TimeProvider time) : VerksamPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true, Name = "ar")]
    public int? Year { get; set; }

    public Shared.Documents.DocumentModel Document { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        Year = Year is >= 2000 and <= 2100 ? Year : time.GetLocalNow().Year;
        Document = await plans.ComposeAsync(Id, Year.Value);
    }
}
