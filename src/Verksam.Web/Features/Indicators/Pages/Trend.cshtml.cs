using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Shared.Pages;

namespace Verksam.Web.Features.Indicators.Pages;

public sealed class TrendModel(TrendService trends) : VerksamPageModel
{
    /// <summary>"ar" for one value a year over ten years; anything else month by month.</summary>
    [BindProperty(SupportsGet = true, Name = "visa")]
    public string? Show { get; set; }

    public IndicatorTrendPage Trend { get; private set; } = null!;

    public bool Years => Show == "ar";

    public async Task OnGetAsync(Guid id) => Trend = await trends.GetAsync(id, Years ? TrendView.Years : TrendView.Months);
}
