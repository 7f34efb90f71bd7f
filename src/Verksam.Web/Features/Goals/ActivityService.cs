using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Verksam.Web.Data;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Resources;
using Verksam.Web.Shared.Security;
using Verksam.Web.Shared.Validation;

namespace Verksam.Web.Features.Goals;

/// <summary>The planned work under a goal: listing, reading and saving its activities.</summary>
public sealed class ActivityService(VerksamDbContext db, AccessService access, GoalAccess goals)
{
    public async Task<IReadOnlyList<Activity>> ActivitiesAsync(Guid goalId, CancellationToken cancellationToken = default)
    {
        await goals.LoadAsync(goalId, AccessLevel.Read, cancellationToken);
        return await db.Activities.AsNoTracking().Where(a => a.GoalId == goalId).OrderBy(a => a.SortOrder).ThenBy(a => a.StartDate).ToListAsync(cancellationToken);
    }

    public async Task<(Activity Activity, Goal Goal, bool CanEdit)> GetActivityAsync(Guid activityId, CancellationToken cancellationToken = default)
    {
        var activity = await db.Activities.AsNoTracking().FirstOrDefaultAsync(a => a.Id == activityId, cancellationToken)
            ?? throw new UnitAccessDeniedException(UnitAccessOutcome.NotFound);
        var (goal, _, canEdit) = await goals.LoadAsync(activity.GoalId, AccessLevel.Read, cancellationToken);
        return (activity, goal, canEdit);
    }

    /// <summary>
    /// The units' activities past their end date, not done or cancelled, that have no deviation note yet
    /// (<see cref="Activity.IsLate"/>), oldest end first; at most <paramref name="limit"/>.
    /// </summary>
    public async Task<IReadOnlyList<Activity>> LateWithoutDeviationAsync(IQueryable<Guid> unitIds, DateOnly today, int limit, CancellationToken cancellationToken = default) =>
        await db.Activities.AsNoTracking()
            .Where(a => unitIds.Contains(a.OrgUnitId) && a.EndDate < today && a.Status != ActivityStatus.Done && a.Status != ActivityStatus.Cancelled && (a.Deviation == null || a.Deviation == ""))
            .OrderBy(a => a.EndDate).ThenBy(a => a.Id).Take(limit).ToListAsync(cancellationToken);

    /// <summary>Adds or changes an activity. Dates must be in order; a late, unfinished activity needs its deviation written.</summary>
    public async Task<Activity> SaveActivityAsync(Guid goalId, Guid? activityId, ActivityEdit edit, DateOnly today, Guid? version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var (goal, _, canEdit) = await goals.LoadAsync(goalId, AccessLevel.Read, cancellationToken);
        if (!canEdit)
        {
            await access.RecordDenialAsync(goal.OrgUnitId, AccessLevel.Edit, cancellationToken);
            throw new UnitAccessDeniedException(UnitAccessOutcome.Forbidden);
        }

        var activity = activityId is { } id
            ? await db.Activities.FirstOrDefaultAsync(a => a.Id == id && a.GoalId == goalId, cancellationToken) ?? throw new UnitAccessDeniedException(UnitAccessOutcome.NotFound)
            : new Activity { Id = Guid.NewGuid(), GoalId = goalId, OrgUnitId = goal.OrgUnitId, Version = Guid.NewGuid() };
        var errors = new ValidationErrors();
        var title = edit.Title?.Trim() ?? string.Empty;
        if (title.Length == 0)
        {
            errors.Add("Title", Texts.Activity_Title_Required);
        }
        else if (title.Length > Activity.TitleMaxLength)
        {
            errors.Add("Title", Texts.Activity_Title_TooLong);
        }

        var start = DateInput.Parse(edit.StartDate, "StartDate", Texts.Activity_Start, errors);
        var end = DateInput.Parse(edit.EndDate, "EndDate", Texts.Activity_End, errors);
        if (start is not null && end is not null && end < start)
        {
            errors.Add("EndDate", Texts.Activity_EndBeforeStart);
        }

        if ((edit.Responsible?.Trim().Length ?? 0) > Activity.ResponsibleMaxLength)
        {
            errors.Add("Responsible", Texts.Activity_Responsible_TooLong);
        }

        FreeText.Refuse(errors, "Deviation", Texts.Activity_Deviation, edit.Deviation);

        PersonalIdentityNumber.Refuse(errors, "Title", Texts.Activity_Title, title);
        PersonalIdentityNumber.Refuse(errors, "Responsible", Texts.Activity_Responsible, edit.Responsible);
        PersonalIdentityNumber.Refuse(errors, "Deviation", Texts.Activity_Deviation, edit.Deviation);

        var status = edit.Status ?? ActivityStatus.Planned;
        var late = end is { } e && e < today && status is not (ActivityStatus.Done or ActivityStatus.Cancelled);
        if (late && string.IsNullOrWhiteSpace(edit.Deviation))
        {
            errors.Add("Deviation", string.Format(CultureInfo.CurrentCulture, Texts.Activity_Deviation_Required, end!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        if (!errors.IsValid)
        {
            throw new ValidationException(errors);
        }

        if (activityId is not null)
        {
            db.Expect(activity, version);
        }

        activity.Title = title;
        activity.StartDate = start;
        activity.EndDate = end;
        activity.Responsible = string.IsNullOrWhiteSpace(edit.Responsible) ? null : edit.Responsible.Trim();
        activity.Status = status;
        activity.Deviation = string.IsNullOrWhiteSpace(edit.Deviation) ? null : edit.Deviation.Trim();
        if (activityId is null)
        {
            activity.SortOrder = (await db.Activities.Where(a => a.GoalId == goalId).MaxAsync(a => (int?)a.SortOrder, cancellationToken) ?? 0) + 10;
            db.Activities.Add(activity);
        }

        await db.SaveOrRefuseAsync(cancellationToken);

        return activity;
    }
}

public sealed class ActivityEdit
{
    public string? Title { get; set; }

    public string? StartDate { get; set; }

    public string? EndDate { get; set; }

    public string? Responsible { get; set; }

    public ActivityStatus? Status { get; set; }

    public string? Deviation { get; set; }
}
