using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Shared.Pages;

namespace Verksam.Web.Features.FollowUp.Pages;

/// <summary>
/// The level above as a heat map: which units are red or yellow this month, for which goal, and a click to the unit's
/// explanation. A year in the address (the overview's old <c>?ar=</c>) opens that year's latest month with colours.
/// </summary>
public sealed class OverviewModel(HeatmapService heatmaps, AccessService access, TimeProvider time) : VerksamPageModel
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

    [BindProperty(SupportsGet = true, Name = "rodgul")]
    public bool OnlyYellowAndRed { get; set; }

    [BindProperty(SupportsGet = true, Name = "mal")]
    public Guid? Goal { get; set; }

    [BindProperty(SupportsGet = true, Name = "sida")]
    public int PageNumber { get; set; } = 1;

    public Heatmap Map { get; private set; } = null!;

    public DateOnly Today { get; private set; }

    /// <summary>The kinds of report the municipality writes: whether the tertial map is there to switch to.</summary>
    public Domain.Periods.ReportUse Use { get; private set; }

    /// <summary>
    /// A municipality that writes no monthly reports has no month colours: without a month asked for, it opens on the
    /// tertial map instead.
    /// </summary>
    public async Task<IActionResult> OnGetAsync()
    {
        Today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        var year = Year is >= 2000 and <= 2100 ? Year : null;
        Use = await heatmaps.ReportUseAsync(Id, HttpContext.RequestAborted);
        if (Period is null && !Use.Monthly && (Use.Tertial || Use.Annual))
        {
            return Redirect(Shared.Links.Link.FollowUpTertialHeatmap(Id, under: Under, goal: Goal, year: year));
        }

        Map = await heatmaps.HeatmapAsync(new HeatmapQuery(Id, Period, year, Under, Perspective, OnlyYellowAndRed, Goal, PageNumber), Today);
        ReadsUnits = (await access.GetAsync(HttpContext.RequestAborted)).Allows(Map.Unit.Path, AccessLevel.Read);
        return Page();
    }

    /// <summary>The periods a unit is late with, months in runs: "Jan–Aug, Okt–Dec, T1, T2, VB".</summary>
    public static string Compact(IReadOnlyList<Domain.Periods.Period> periods)
    {
        ArgumentNullException.ThrowIfNull(periods);
        var parts = new List<string>();
        var months = periods.Where(p => p.Kind == Domain.Periods.PeriodKind.Month).Select(p => p.StartMonth).Order().ToList();
        for (var i = 0; i < months.Count;)
        {
            var j = i;
            while (j + 1 < months.Count && months[j + 1] == months[j] + 1)
            {
                j++;
            }

            var first = Domain.Periods.Period.MonthNames[months[i] - 1];
            parts.Add(j > i + 1 ? $"{first}–{Domain.Periods.Period.MonthNames[months[j] - 1]}" : j == i + 1 ? $"{first}, {Domain.Periods.Period.MonthNames[months[j] - 1]}" : first);
            i = j + 1;
        }

        parts.AddRange(periods.Where(p => p.Kind != Domain.Periods.PeriodKind.Month).Select(p => p.ShortName));
        return string.Join(", ", parts);
    }

    /// <summary>This page's address with the filters as they are, and one page or goal changed.</summary>
    public string Here(int? page = null, Guid? goal = null, bool allGoals = false) =>
        Shared.Links.Link.FollowUpHeatmap(Map.Unit.Id, Map.Month, Map.Under, Map.Perspective, Map.OnlyYellowAndRed, allGoals ? null : goal ?? Map.Goal?.GoalId, page);
}
