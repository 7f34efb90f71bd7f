using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Shared.Pages;

namespace Verksam.Web.Features.FollowUp.Pages;

/// <summary>The level above: its units × the months and tertials of a year, and who has not submitted in time.</summary>
public sealed class PeriodsModel(ReportOverviewService reports, TimeProvider time) : VerksamPageModel
{
    public const int PageSize = 100;

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true, Name = "ar")]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true, Name = "sida")]
    public int PageNumber { get; set; } = 1;

    public ReportOverview Overview { get; private set; } = null!;

    public IReadOnlyList<OverviewUnit> Shown { get; private set; } = [];

    public int PageCount { get; private set; }

    /// <summary>"T2 2023 och Dec 2023", "Jan, Feb och Mars".</summary>
    public string Listed(IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        return names.Count <= 1 ? string.Concat(names) : $"{string.Join(", ", names.Take(names.Count - 1))} {Resources.Texts.Common_And} {names[^1]}";
    }

    public async Task OnGetAsync()
    {
        Year = Year is >= 2000 and <= 2100 ? Year : await reports.OpeningYearAsync(Id, time.GetLocalNow().Year);
        Overview = await reports.OverviewAsync(Id, Year.Value, DateOnly.FromDateTime(time.GetLocalNow().DateTime));
        PageCount = Math.Max(1, (Overview.Units.Count + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Shown = Overview.Units.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToList();
    }
}
