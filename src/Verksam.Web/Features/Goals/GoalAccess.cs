using Microsoft.EntityFrameworkCore;
using Verksam.Web.Data;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Shared.Security;

namespace Verksam.Web.Features.Goals;

/// <summary>Which goals, and which of their indicator links, the user may read; every goal use case asks here first.</summary>
public sealed class GoalAccess(VerksamDbContext db, AccessService access, OrgUnitService orgUnits)
{
    /// <summary>
    /// A goal is readable by anyone who may read its unit or a unit below it (a unit sees the goals above it);
    /// changing it needs edit rights on the unit that owns it. A board member's grant counts only when the caller
    /// shows the steering picture and asks for <see cref="AccessLevel.BoardMember"/>.
    /// </summary>
    public async Task<(Goal Goal, OrgUnit Owner, bool CanEdit)> LoadAsync(Guid goalId, AccessLevel needed, CancellationToken cancellationToken)
    {
        var goal = await db.Goals.AsNoTracking().FirstOrDefaultAsync(g => g.Id == goalId, cancellationToken)
            ?? throw new UnitAccessDeniedException(UnitAccessOutcome.NotFound);
        var owner = await orgUnits.FindAsync(goal.OrgUnitId, cancellationToken) ?? throw new InvalidOperationException("A goal without its unit.");
        var userAccess = await access.GetAsync(cancellationToken);
        var least = needed == AccessLevel.BoardMember ? AccessLevel.BoardMember : AccessLevel.Read;
        var readable = userAccess.IsAdministrator || userAccess.Allows(owner.Path, least)
            || userAccess.Grants.Any(g => g.Level >= least && g.Path.StartsWith(owner.Path, StringComparison.Ordinal));
        if (!readable)
        {
            await access.RecordDenialAsync(owner.Id, needed, cancellationToken);
            throw new UnitAccessDeniedException(UnitAccessOutcome.NotFound);
        }

        return (goal, owner, userAccess.Allows(owner.Path, AccessLevel.Edit));
    }

    /// <summary>A goal's indicator links whose indicators belong to units the user may read.</summary>
    public async Task<List<GoalIndicator>> ReadableLinksAsync(Guid goalId, CancellationToken cancellationToken)
    {
        var links = await db.GoalIndicators.AsNoTracking().Where(l => l.GoalId == goalId).ToListAsync(cancellationToken);
        var unitIds = links.Select(l => l.OrgUnitId).Distinct().ToList();
        var readable = (await orgUnits.ReadableAsync(unitIds, cancellationToken)).Select(u => u.Id).ToHashSet();
        return links.Where(l => readable.Contains(l.OrgUnitId)).ToList();
    }
}
