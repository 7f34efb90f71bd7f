using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Verksam.Web.Data;
using Verksam.Web.Domain.Periods;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Features.Risks;
using Verksam.Web.Resources;
using Verksam.Web.Shared.Security;
using Verksam.Web.Shared.Text;
using Verksam.Web.Shared.Validation;

namespace Verksam.Web.Features.Assignments;

/// <summary>The unit's uppdrag for a year: who gave them, the goals they serve, their own aim, status and comment (seed 000's section 5).</summary>
public sealed class AssignmentService(VerksamDbContext db, AccessService access, RiskService risks)
{
    public static string StatusName(AssignmentStatus? status) => status is { } s ? EnumText.Of(s) : string.Empty;

    /// <summary>The year the unit's assignments opens on when the address names none (<see cref="OpeningPeriod.Year"/>).</summary>
    public async Task<int> OpeningYearAsync(Guid unitId, int currentYear, CancellationToken cancellationToken = default)
    {
        await access.RequireAsync(unitId, AccessLevel.Read, cancellationToken);
        return OpeningPeriod.Year(await db.Assignments.Where(x => x.OrgUnitId == unitId).MaxAsync(x => (int?)x.Year, cancellationToken), currentYear);
    }

    public async Task<AssignmentList> ListAsync(Guid unitId, int year, CancellationToken cancellationToken = default)
    {
        var unit = await access.RequireAsync(unitId, AccessLevel.Read, cancellationToken);
        var canEdit = (await access.GetAsync(cancellationToken)).Allows(unit.Path, AccessLevel.Edit);
        var years = await db.Assignments.Where(a => a.OrgUnitId == unitId).Select(a => a.Year).Distinct().OrderByDescending(y => y).ToListAsync(cancellationToken);
        return await LoadAsync(unit, year, canEdit, await risks.GoalTitlesAsync(unit, year, cancellationToken), cancellationToken) with { Years = years };
    }

    /// <summary>The assignments of a unit whose access the caller has already checked, with the goal titles the caller already has.</summary>
    internal async Task<AssignmentList> LoadAsync(OrgUnit unit, int year, bool canEdit, IReadOnlyDictionary<Guid, string> goals, CancellationToken cancellationToken)
    {
        var unitId = unit.Id;
        var assignments = await db.Assignments.AsNoTracking().Where(a => a.OrgUnitId == unitId && a.Year == year).OrderBy(a => a.SortOrder).ToListAsync(cancellationToken);
        var ids = assignments.Select(a => a.Id).ToList();
        var links = (await db.AssignmentGoals.AsNoTracking().Where(l => ids.Contains(l.AssignmentId)).ToListAsync(cancellationToken)).ToLookup(l => l.AssignmentId, l => l.GoalId);
        return new AssignmentList(unit, year, assignments, links, goals, canEdit, []);
    }

    public async Task<Assignment> FindAsync(Guid unitId, Guid assignmentId, CancellationToken cancellationToken = default)
    {
        await access.RequireAsync(unitId, AccessLevel.Read, cancellationToken);
        return await db.Assignments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == assignmentId && a.OrgUnitId == unitId, cancellationToken)
            ?? throw new UnitAccessDeniedException(UnitAccessOutcome.NotFound);
    }

    public async Task<Assignment> SaveAsync(Guid unitId, Guid? assignmentId, AssignmentEdit edit, Guid? version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var unit = await access.RequireAsync(unitId, AccessLevel.Edit, cancellationToken);
        var assignment = assignmentId is { } id
            ? await db.Assignments.FirstOrDefaultAsync(a => a.Id == id && a.OrgUnitId == unitId, cancellationToken) ?? throw new UnitAccessDeniedException(UnitAccessOutcome.NotFound)
            : null;
        var year = assignment?.Year ?? edit.Year ?? throw ValidationException.For("Year", Texts.Wheel_Year_Required);
        var errors = new ValidationErrors();
        var title = UserText.Normalise(edit.Title);
        if (title is null)
        {
            errors.Add("Title", Texts.Assignment_Title_Required);
        }
        else if (title.Length > Assignment.TitleMaxLength)
        {
            errors.Add("Title", string.Format(CultureInfo.CurrentCulture, Texts.Assignment_Title_TooLong, Assignment.TitleMaxLength));
        }

        var commissioner = UserText.Normalise(edit.Commissioner);
        if (commissioner?.Length > Assignment.CommissionerMaxLength)
        {
            errors.Add("Commissioner", string.Format(CultureInfo.CurrentCulture, Texts.Assignment_Commissioner_TooLong, Assignment.CommissionerMaxLength));
        }

        var aim = UserText.Normalise(edit.Aim);
        var comment = UserText.Normalise(edit.Comment);
        FreeText.Refuse(errors, "Aim", Texts.Assignment_Aim, aim);
        FreeText.Refuse(errors, "Comment", Texts.Common_Comment, comment);

        PersonalIdentityNumber.Refuse(errors, "Title", Texts.Assignment_Title, title);
        PersonalIdentityNumber.Refuse(errors, "Commissioner", Texts.Assignment_Commissioner, commissioner);
        PersonalIdentityNumber.Refuse(errors, "Aim", Texts.Assignment_Aim, aim);
        PersonalIdentityNumber.Refuse(errors, "Comment", Texts.Common_Comment, comment);

        if (edit.Status is { } s && !Enum.IsDefined(s))
        {
            errors.Add("Status", Texts.Assignment_Status_Invalid);
        }

        var goals = await risks.GoalTitlesAsync(unit, year, cancellationToken);
        if (edit.GoalIds.Any(g => !goals.ContainsKey(g)))
        {
            errors.Add("GoalIds", Texts.Risk_Goal_Unknown);
        }

        if (!errors.IsValid)
        {
            throw new ValidationException(errors);
        }

        if (assignment is null)
        {
            var last = await db.Assignments.Where(a => a.OrgUnitId == unitId && a.Year == year).MaxAsync(a => (int?)a.SortOrder, cancellationToken) ?? 0;
            assignment = db.Assignments.Add(new Assignment { Id = Guid.NewGuid(), OrgUnitId = unitId, Year = year, SortOrder = last + 10, Version = Guid.NewGuid() }).Entity;
        }
        else
        {
            db.Expect(assignment, version);
        }

        assignment.Title = title!;
        assignment.Commissioner = commissioner;
        assignment.Aim = aim;
        assignment.Status = edit.Status;
        assignment.Comment = comment;
        var wanted = edit.GoalIds.Distinct().ToHashSet();
        var current = await db.AssignmentGoals.Where(l => l.AssignmentId == assignment.Id).ToListAsync(cancellationToken);
        db.AssignmentGoals.RemoveRange(current.Where(l => !wanted.Contains(l.GoalId)));
        db.AssignmentGoals.AddRange(wanted.Where(g => current.All(l => l.GoalId != g)).Select(g => new AssignmentGoal { AssignmentId = assignment.Id, GoalId = g, OrgUnitId = unitId }));
        await db.SaveOrRefuseAsync(cancellationToken);
        return assignment;
    }
}

public sealed record AssignmentList(
    OrgUnit Unit,
    int Year,
    IReadOnlyList<Assignment> Assignments,
    ILookup<Guid, Guid> GoalLinks,
    IReadOnlyDictionary<Guid, string> GoalTitles,
    bool CanEdit,
    IReadOnlyList<int> Years)
{
    /// <summary>Seed 000's column: the goals the assignment serves, then its own aim.</summary>
    public string GoalsAndAim(Assignment assignment)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        var parts = GoalLinks[assignment.Id].Where(GoalTitles.ContainsKey).Select(g => GoalTitles[g]).ToList();
        if (assignment.Aim is { } aim)
        {
            parts.Add(aim);
        }

        return string.Join("\n", parts);
    }
}

public sealed class AssignmentEdit
{
    public int? Year { get; set; }

    public string? Title { get; set; }

    public string? Commissioner { get; set; }

    public string? Aim { get; set; }

    public AssignmentStatus? Status { get; set; }

    public string? Comment { get; set; }

    public List<Guid> GoalIds { get; set; } = [];
}
