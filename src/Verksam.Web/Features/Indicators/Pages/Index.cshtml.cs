using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Domain.Periods;
using Verksam.Web.Shared.Pages;

namespace Verksam.Web.Features.Indicators.Pages;

public sealed class IndexModel(IndicatorService indicators, TimeProvider time) : VerksamPageModel
{
    [BindProperty(SupportsGet = true, Name = "ar")]
    public int? Year { get; set; }

    public UnitIndicators Data { get; private set; } = null!;

    /// <summary>The month to enter outcomes for: the one before today's in the current year, else December.</summary>
    public Period EntryPeriod { get; private set; }

    public async Task OnGetAsync(Guid id)
    {
        var today = time.GetLocalNow();
        var year = Year is >= 2000 and <= 2100 ? Year.Value : await indicators.DefaultYearAsync(id, today.Year);
        Data = await indicators.ListAsync(id, year);
        // The same period that entering outcomes opens on, when it is in the year shown.
        var opening = await indicators.OpeningEntryPeriodAsync(id, DateOnly.FromDateTime(today.DateTime));
        EntryPeriod = opening.Year == year ? opening : year == today.Year ? Period.Month(year, Math.Max(1, today.Month - 1)) : Period.Month(year, 12);
    }
}
