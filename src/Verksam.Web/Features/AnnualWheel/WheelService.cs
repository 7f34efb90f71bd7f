using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Verksam.Web.Data;
using Verksam.Web.Domain.Periods;
using Verksam.Web.Domain.Scales;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Resources;
using Verksam.Web.Shared.Security;
using Verksam.Web.Shared.Validation;

namespace Verksam.Web.Features.AnnualWheel;

/// <summary>
/// The unit's annual wheel: activities per month, every month or ongoing, followed up for the year as G, A or R
/// (R only with a comment saying why), and carried to the next year without their follow-up.
/// </summary>
public sealed class WheelService(VerksamDbContext db, AccessService access)
{
    /// <summary>The year the unit's annual wheel opens on when the address names none (<see cref="OpeningPeriod.Year"/>).</summary>
    public async Task<int> OpeningYearAsync(Guid unitId, int currentYear, CancellationToken cancellationToken = default)
    {
        await access.RequireAsync(unitId, AccessLevel.Read, cancellationToken);
        return OpeningPeriod.Year(await db.WheelActivities.Where(x => x.OrgUnitId == unitId).MaxAsync(x => (int?)x.Year, cancellationToken), currentYear);
    }

    public async Task<AnnualWheel> GetAsync(Guid unitId, int year, CancellationToken cancellationToken = default)
    {
        var unit = await access.RequireAsync(unitId, AccessLevel.Read, cancellationToken);
        var canEdit = (await access.GetAsync(cancellationToken)).Allows(unit.Path, AccessLevel.Edit);
        var activities = await ActivitiesOfYearAsync(unitId, year, cancellationToken);
        var years = await db.WheelActivities.Where(a => a.OrgUnitId == unitId).Select(a => a.Year).Distinct().OrderByDescending(y => y).ToListAsync(cancellationToken);
        return new AnnualWheel(unit, year, activities, canEdit, years);
    }

    public async Task<(OrgUnit Unit, WheelActivity Activity)> GetActivityAsync(Guid unitId, Guid activityId, CancellationToken cancellationToken = default)
    {
        var unit = await access.RequireAsync(unitId, AccessLevel.Edit, cancellationToken);
        var activity = await db.WheelActivities.AsNoTracking().FirstOrDefaultAsync(a => a.Id == activityId && a.OrgUnitId == unitId, cancellationToken)
            ?? throw new UnitAccessDeniedException(UnitAccessOutcome.NotFound);
        return (unit, activity);
    }

    public async Task<WheelActivity> SaveActivityAsync(Guid unitId, Guid? activityId, WheelActivityEdit edit, Guid? version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edit);
        await access.RequireAsync(unitId, AccessLevel.Edit, cancellationToken);
        var activity = activityId is { } id
            ? await db.WheelActivities.FirstOrDefaultAsync(a => a.Id == id && a.OrgUnitId == unitId, cancellationToken) ?? throw new UnitAccessDeniedException(UnitAccessOutcome.NotFound)
            : null;
        var errors = new ValidationErrors();
        var title = UserText.Normalise(edit.Title);
        if (title is null)
        {
            errors.Add("Title", Texts.Wheel_Title_Required);
        }
        else if (title.Length > WheelActivity.TitleMaxLength)
        {
            errors.Add("Title", string.Format(CultureInfo.CurrentCulture, Texts.Wheel_Title_TooLong, WheelActivity.TitleMaxLength));
        }

        var timing = edit.Timing ?? WheelTiming.Month;
        if (!Enum.IsDefined(timing))
        {
            errors.Add("Timing", Texts.Wheel_Timing_Required);
        }
        else if (timing == WheelTiming.Month && edit.Month is not (>= 1 and <= 12))
        {
            errors.Add("Month", Texts.Wheel_Month_Required);
        }

        var responsible = UserText.Normalise(edit.Responsible);
        if (responsible?.Length > WheelActivity.ResponsibleMaxLength)
        {
            errors.Add("Responsible", string.Format(CultureInfo.CurrentCulture, Texts.Wheel_Responsible_TooLong, WheelActivity.ResponsibleMaxLength));
        }

        PersonalIdentityNumber.Refuse(errors, "Title", Texts.Wheel_Activity, title);
        PersonalIdentityNumber.Refuse(errors, "Responsible", Texts.Wheel_Responsible, responsible);

        if (!errors.IsValid)
        {
            throw new ValidationException(errors);
        }

        var year = activity?.Year ?? edit.Year ?? throw ValidationException.For("Year", Texts.Wheel_Year_Required);
        if (activity is null)
        {
            var last = await db.WheelActivities.Where(a => a.OrgUnitId == unitId && a.Year == year).MaxAsync(a => (int?)a.SortOrder, cancellationToken) ?? 0;
            activity = db.WheelActivities.Add(new WheelActivity { Id = Guid.NewGuid(), OrgUnitId = unitId, Year = year, SortOrder = last + 10, Version = Guid.NewGuid() }).Entity;
        }
        else
        {
            db.Expect(activity, version);
        }

        activity.Title = title!;
        activity.Timing = timing;
        activity.Month = timing == WheelTiming.Month ? edit.Month : null;
        activity.Responsible = responsible;
        await db.SaveOrRefuseAsync(cancellationToken);
        return activity;
    }

    /// <summary>Marks the year's activities G, A or R. An R without a comment saying why is refused, and then nothing is saved.</summary>
    public async Task SaveFollowUpAsync(Guid unitId, int year, IReadOnlyList<WheelMarkEdit> marks, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(marks);
        await access.RequireAsync(unitId, AccessLevel.Edit, cancellationToken);
        var ids = marks.Select(m => m.ActivityId).ToList();
        var activities = await db.WheelActivities.Where(a => a.OrgUnitId == unitId && a.Year == year && ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        var errors = new ValidationErrors();
        for (var i = 0; i < marks.Count; i++)
        {
            var mark = marks[i];
            if (!activities.TryGetValue(mark.ActivityId, out var activity))
            {
                throw new UnitAccessDeniedException(UnitAccessOutcome.NotFound);
            }

            var comment = UserText.Normalise(mark.Comment);
            if (mark.Mark is { } m && !Enum.IsDefined(m))
            {
                errors.Add($"Marks[{i}].Mark", Texts.Wheel_Mark_Invalid);
            }
            else if (mark.Mark == Rag.Red && comment is null)
            {
                errors.Add($"Marks[{i}].Comment", string.Format(CultureInfo.CurrentCulture, Texts.Wheel_RedNeedsComment, activity.Title));
            }
            else
            {
                FreeText.Refuse(errors, $"Marks[{i}].Comment", string.Format(CultureInfo.CurrentCulture, Texts.Wheel_CommentLabel, activity.Title), comment);
            }

            PersonalIdentityNumber.Refuse(errors, $"Marks[{i}].Comment", string.Format(CultureInfo.CurrentCulture, Texts.Wheel_CommentLabel, activity.Title), comment);
        }

        if (!errors.IsValid)
        {
            throw new ValidationException(errors);
        }

        foreach (var mark in marks)
        {
            var activity = activities[mark.ActivityId];
            db.Expect(activity, mark.Version);
            activity.Mark = mark.Mark;
            activity.Comment = UserText.Normalise(mark.Comment);
        }

        await db.SaveOrRefuseAsync(cancellationToken);
    }

    /// <summary>
    /// Carries the year's activities to the next year without their marks and comments. An activity the next year
    /// already has (same title and time) is not copied again; returns how many were copied.
    /// </summary>
    public async Task<int> CopyToNextYearAsync(Guid unitId, int year, CancellationToken cancellationToken = default)
    {
        await access.RequireAsync(unitId, AccessLevel.Edit, cancellationToken);
        var copied = await AddNextYearCopiesAsync(unitId, year, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return copied;
    }

    /// <summary>A unit's wheel of a year in the wheel's order, for a caller that has checked access (the follow-up report).</summary>
    public async Task<List<WheelActivity>> ActivitiesOfYearAsync(Guid unitId, int year, CancellationToken cancellationToken = default) =>
        await db.WheelActivities.AsNoTracking().Where(a => a.OrgUnitId == unitId && a.Year == year)
            .OrderBy(a => a.Timing).ThenBy(a => a.Month).ThenBy(a => a.SortOrder).ToListAsync(cancellationToken);

    /// <summary>The copies <see cref="CopyToNextYearAsync"/> makes, added but not saved, for a caller that has checked access and saves.</summary>
    internal async Task<int> AddNextYearCopiesAsync(Guid unitId, int year, CancellationToken cancellationToken)
    {
        var source = await db.WheelActivities.AsNoTracking().Where(a => a.OrgUnitId == unitId && a.Year == year).OrderBy(a => a.SortOrder).ToListAsync(cancellationToken);
        var existing = (await db.WheelActivities.AsNoTracking().Where(a => a.OrgUnitId == unitId && a.Year == year + 1).ToListAsync(cancellationToken))
            .Select(a => (a.Title, a.Timing, a.Month)).ToHashSet();
        var copied = 0;
        foreach (var a in source.Where(a => !existing.Contains((a.Title, a.Timing, a.Month))))
        {
            db.WheelActivities.Add(new WheelActivity
            {
                Id = Guid.NewGuid(),
                OrgUnitId = unitId,
                Year = year + 1,
                Timing = a.Timing,
                Month = a.Month,
                Title = a.Title,
                Responsible = a.Responsible,
                SortOrder = a.SortOrder,
                Version = Guid.NewGuid(),
            });
            copied++;
        }

        return copied;
    }

    /// <summary>The units' annual-wheel activities of the month not yet marked done (Grön), at most <paramref name="limit"/>.</summary>
    public async Task<IReadOnlyList<WheelActivity>> OpenInMonthAsync(IQueryable<Guid> unitIds, int year, int month, int limit, CancellationToken cancellationToken = default) =>
        await db.WheelActivities.AsNoTracking()
            .Where(a => unitIds.Contains(a.OrgUnitId) && a.Year == year && a.Timing == WheelTiming.Month && a.Month == month && (a.Mark == null || a.Mark != Rag.Green))
            .OrderBy(a => a.OrgUnitId).ThenBy(a => a.SortOrder).Take(limit).ToListAsync(cancellationToken);

    public static string MonthHeading(int month) => string.Format(CultureInfo.CurrentCulture, Texts.Wheel_MonthHeading, Period.MonthName(month));

    /// <summary>What a mark means in the wheel ("G – genomförd"), not the colour's own word.</summary>
    public static string MarkName(Rag mark) => mark switch
    {
        Rag.Green => Texts.Wheel_Mark_Green,
        Rag.Yellow => Texts.Wheel_Mark_Yellow,
        _ => Texts.Wheel_Mark_Red,
    };
}

public sealed record AnnualWheel(OrgUnit Unit, int Year, IReadOnlyList<WheelActivity> Activities, bool CanEdit, IReadOnlyList<int> Years)
{
    public IEnumerable<WheelActivity> InMonth(int month) => Activities.Where(a => a.Timing == WheelTiming.Month && a.Month == month);

    public IEnumerable<WheelActivity> EveryMonth => Activities.Where(a => a.Timing == WheelTiming.EveryMonth);

    public IEnumerable<WheelActivity> Ongoing => Activities.Where(a => a.Timing == WheelTiming.Ongoing);
}

public sealed class WheelActivityEdit
{
    public int? Year { get; set; }

    public string? Title { get; set; }

    public WheelTiming? Timing { get; set; }

    public int? Month { get; set; }

    public string? Responsible { get; set; }
}

public sealed class WheelMarkEdit
{
    public Guid ActivityId { get; set; }

    public Rag? Mark { get; set; }

    public string? Comment { get; set; }

    public Guid? Version { get; set; }
}
