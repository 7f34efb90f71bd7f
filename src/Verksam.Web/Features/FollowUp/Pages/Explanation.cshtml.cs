using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Domain.Periods;
using Verksam.Web.Features.Goals;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Shared.Links;
using Verksam.Web.Shared.Pages;

namespace Verksam.Web.Features.FollowUp.Pages;

/// <summary>
/// A heat map cell's short address for "why is this red": the report of the goal's unit for the month (or T1, T2, VB:
/// the tertial map's "why only partly"), at the goal, where the unit explains its colour. Short, so that a page of 100 units × many goals stays slim; the goal's own
/// access check decides who may follow it. A board member follows it once the report is approved, and is told so before.
/// </summary>
public sealed class ExplanationModel(GoalAccess goals, AccessService access, FollowUpService reports) : VerksamPageModel
{
    public string UnitName { get; private set; } = string.Empty;

    public Period Month { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid goalId, string period)
    {
        var (goal, owner, _) = await goals.LoadAsync(goalId, AccessLevel.BoardMember, HttpContext.RequestAborted);
        if (!Period.TryParse(period, out var month) || !ReportPeriods.Includes(month) || month.Year != goal.Year)
        {
            return NotFound();
        }

        if (!(await access.GetAsync(HttpContext.RequestAborted)).Allows(owner.Path, AccessLevel.Read)
            && !await reports.IsApprovedAsync(owner.Id, month, HttpContext.RequestAborted))
        {
            UnitName = owner.Name;
            Month = month;
            return Page();
        }

        return Redirect(Link.ReportGoal(owner.Id, month, goal.Id));
    }
}
