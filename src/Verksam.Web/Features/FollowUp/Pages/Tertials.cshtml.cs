using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Shared.Pages;

namespace Verksam.Web.Features.FollowUp.Pages;

/// <summary>
/// The level above as a tertial heat map, for a municipality that follows up by tertial: how each unit judged each goal
/// for T1, T2 or the year (Uppfylls helt, delvis, inte), and a click to the unit's explanation in its report.
/// </summary>
public sealed class TertialsModel(HeatmapService heatmaps, AccessService access, TimeProvider time) : VerksamPageModel
{
    /// <summary>Whether the user reads the units' pages; a board member sees the map and follows only approved reports.</summary>
    public bool ReadsUnits { get; private set; }

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true, Name = "period")]
    public string? Period { get; set; }

    [BindProperty(SupportsGet = true, Name = "ar")]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true, Name = "under")]
    public Guid? Under { get; set; }

    [BindProperty(SupportsGet = true, Name = "perspektiv")]
    public string? Perspective { get; set; }

    [BindProperty(SupportsGet = true, Name = "ejhelt")]
    public bool OnlyNotFullyMet { get; set; }

    [BindProperty(SupportsGet = true, Name = "mal")]
    public Guid? Goal { get; set; }

    [BindProperty(SupportsGet = true, Name = "sida")]
    public int PageNumber { get; set; } = 1;

    public TertialHeatmap Map { get; private set; } = null!;

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync()
    {
        Today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        var year = Year is >= 2000 and <= 2100 ? Year : null;
        Map = await heatmaps.TertialHeatmapAsync(new TertialHeatmapQuery(Id, Period, year, Under, Goal, PageNumber, Perspective, OnlyNotFullyMet), Today);
        ReadsUnits = (await access.GetAsync(HttpContext.RequestAborted)).Allows(Map.Unit.Path, AccessLevel.Read);
    }

    /// <summary>The periods to choose among, newest first: T1, T2 and VB of last year up to the one we are in.</summary>
    public IEnumerable<Domain.Periods.Period> Choices()
    {
        for (var year = Math.Min(Map.Period.Year + 1, Today.Year); year >= Map.Period.Year - 1; year--)
        {
            foreach (var p in HeatmapService.TertialPeriods(year).Reverse())
            {
                if (year < Today.Year || p.Kind == Domain.Periods.PeriodKind.Year || p.StartMonth <= Today.Month)
                {
                    yield return p;
                }
            }
        }
    }

    /// <summary>This page's address with the filters as they are, and one page or goal changed.</summary>
    public string Here(int? page = null, Guid? goal = null, bool allGoals = false) =>
        Shared.Links.Link.FollowUpTertialHeatmap(Map.Unit.Id, Map.Period, Map.Under, allGoals ? null : goal ?? Map.Goal?.GoalId, page, perspective: Map.Perspective, onlyNotFullyMet: Map.OnlyNotFullyMet);
}
