using Microsoft.EntityFrameworkCore;
using Verksam.Web.Data;
using Verksam.Web.Domain.Assessment;
using Verksam.Web.Domain.Periods;
using Verksam.Web.Features.Indicators;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Resources;
using Verksam.Web.Shared.Security;
using Verksam.Web.Shared.Text;
using Verksam.Web.Shared.Validation;

namespace Verksam.Web.Features.Goals;

/// <summary>The goals of the cascade: a unit's goals and those above it, one goal's page, adding, numbering and changing goals.</summary>
public sealed class GoalService(VerksamDbContext db, AccessService access, GoalAccess goalAccess, OrgUnitService orgUnits, IndicatorService indicators, MunicipalitySettingsService municipalities)
{
    /// <summary>The latest year the unit has goals of its own for, or null; the caller has checked access.</summary>
    internal Task<int?> LatestYearAsync(Guid unitId, CancellationToken cancellationToken) =>
        db.Goals.Where(g => g.OrgUnitId == unitId).MaxAsync(g => (int?)g.Year, cancellationToken);

    /// <summary>
    /// The year the unit's goals page opens on when the address names none (<see cref="OpeningPeriod.Year"/>): the
    /// latest year with goals of its own or indicators, so a board or förvaltning, which has goals but no indicators,
    /// opens on its goals' year; with neither, the latest year of the goals above it.
    /// </summary>
    public async Task<int> OpeningYearAsync(Guid unitId, int currentYear, CancellationToken cancellationToken = default)
    {
        var unit = await access.RequireAsync(unitId, AccessLevel.Read, cancellationToken);
        var own = OpeningPeriod.Later(await LatestYearAsync(unitId, cancellationToken), await indicators.LatestYearAsync(unitId, cancellationToken));
        if (own is null)
        {
            // Nothing of its own yet (an avdelning between a board and its units): the goals it works under.
            var above = unit.AncestorIds().ToList();
            own = await db.Goals.Where(g => above.Contains(g.OrgUnitId)).MaxAsync(g => (int?)g.Year, cancellationToken);
        }

        return OpeningPeriod.Year(own, currentYear);
    }

    /// <summary>The goals a unit works under in a year: its own, and (read-only) those of every unit above it.</summary>
    public async Task<UnitGoals> ForUnitAsync(Guid unitId, int year, CancellationToken cancellationToken = default)
    {
        var unit = await access.RequireAsync(unitId, AccessLevel.Read, cancellationToken);
        var owners = unit.AncestorIds().Append(unit.Id).ToList();
        var goals = await db.Goals.AsNoTracking().Where(g => owners.Contains(g.OrgUnitId) && g.Year == year)
            .OrderBy(g => g.Level).ThenBy(g => g.SortOrder).ToListAsync(cancellationToken);
        var ownerNames = (await orgUnits.ListAsync(owners, cancellationToken)).ToDictionary(u => u.Id, u => u.Name);
        var ownIds = goals.Where(g => g.OrgUnitId == unitId).Select(g => g.Id).ToList();
        var monthly = await db.GoalAssessments.AsNoTracking()
            .Where(a => ownIds.Contains(a.GoalId) && a.Year == year && a.PeriodKind == PeriodKind.Month).ToListAsync(cancellationToken);
        var rows = monthly.ToLookup(a => a.GoalId);
        var canEdit = (await access.GetAsync(cancellationToken)).Allows(unit.Path, AccessLevel.Edit);
        var numbers = await NumbersAsync(unit.MunicipalityId, year, cancellationToken);
        return new UnitGoals(unit, year, goals, ownerNames, id => YearRow(rows[id]), canEdit, numbers);
    }

    /// <summary>One goal with its indicators' latest outcomes, its Jan–Dec row and its tertial fulfilments.</summary>
    public async Task<GoalDetails> GetAsync(Guid goalId, CancellationToken cancellationToken = default)
    {
        var (goal, owner, canEdit) = await goalAccess.LoadAsync(goalId, AccessLevel.Read, cancellationToken);
        var parents = new List<Goal>();
        for (var parentId = goal.ParentId; parentId is { } p;)
        {
            var parent = await db.Goals.AsNoTracking().FirstAsync(g => g.Id == p, cancellationToken);
            parents.Insert(0, parent);
            parentId = parent.ParentId;
        }

        var links = await goalAccess.ReadableLinksAsync(goalId, cancellationToken);
        var indicatorIds = links.Select(l => l.IndicatorId).ToList();
        var linked = await indicators.ListAsync(indicatorIds, cancellationToken);
        var outcomes = await indicators.OutcomesAsync(indicatorIds, cancellationToken);
        var rows = linked.Select(i =>
        {
            var own = outcomes[i.Id].ToList();
            var latest = own.OrderByDescending(o => o.EndMonth).FirstOrDefault();
            return new GoalIndicatorRow(i, links.First(l => l.IndicatorId == i.Id).Weight, latest is null ? null : IndicatorService.Assess(i, latest, own));
        }).ToList();
        var assessments = await db.GoalAssessments.AsNoTracking().Where(a => a.GoalId == goalId && a.Year == goal.Year).ToListAsync(cancellationToken);
        var available = canEdit
            ? await indicators.OfUnitAsync(goal.OrgUnitId, goal.Year, cancellationToken)
            : [];
        var activities = await db.Activities.AsNoTracking().Where(a => a.GoalId == goalId).OrderBy(a => a.SortOrder).ToListAsync(cancellationToken);
        var numbers = await NumbersAsync(owner.MunicipalityId, goal.Year, cancellationToken);
        return new GoalDetails(goal, owner, parents, rows, YearRow(assessments.Where(a => a.PeriodKind == PeriodKind.Month)),
            assessments.Where(a => a.PeriodKind is PeriodKind.Tertial or PeriodKind.Year).ToList(), available, canEdit, activities, numbers,
            GoalLinkService.LinkStamp(links.Where(l => l.OrgUnitId == goal.OrgUnitId)));
    }

    public async Task<Goal> CreateAsync(Guid unitId, int year, string? title, GoalLevel? level, Guid? parentId, string? perspective, CancellationToken cancellationToken = default)
    {
        var unit = await access.RequireAsync(unitId, AccessLevel.Edit, cancellationToken);
        var errors = new ValidationErrors();
        var trimmed = title?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            errors.Add("Title", Texts.Goal_Title_Required);
        }
        else if (trimmed.Length > Goal.TitleMaxLength)
        {
            errors.Add("Title", Texts.Goal_Title_TooLong);
        }

        if (level is null || !LevelsFor(unit.Kind).Contains(level.Value))
        {
            errors.Add("Level", Texts.Goal_Level_Invalid);
        }

        if ((perspective?.Trim().Length ?? 0) > Goal.PerspectiveMaxLength)
        {
            errors.Add("Perspective", Texts.Goal_Perspective_TooLong);
        }

        PersonalIdentityNumber.Refuse(errors, "Title", Texts.Goal_Title, trimmed);
        PersonalIdentityNumber.Refuse(errors, "Perspective", Texts.Goal_Perspective, perspective);

        Goal? parent = null;
        if (parentId is { } pid)
        {
            parent = await db.Goals.AsNoTracking().FirstOrDefaultAsync(g => g.Id == pid, cancellationToken);
            var owners = unit.AncestorIds().Append(unit.Id).ToList();
            if (parent is null || !owners.Contains(parent.OrgUnitId) || parent.Year != year || (level is { } l && parent.Level >= l))
            {
                errors.Add("ParentId", Texts.Goal_Parent_Invalid);
            }
        }
        else if (level is not null and not GoalLevel.CouncilDirection)
        {
            errors.Add("ParentId", Texts.Goal_Parent_Required);
        }

        if (!errors.IsValid)
        {
            throw new ValidationException(errors);
        }

        var order = await db.Goals.Where(g => g.OrgUnitId == unitId && g.Year == year).MaxAsync(g => (int?)g.SortOrder, cancellationToken) ?? 0;
        var goal = new Goal
        {
            Id = Guid.NewGuid(),
            OrgUnitId = unitId,
            Year = year,
            Level = level!.Value,
            ParentId = parentId,
            Title = trimmed,
            Perspective = string.IsNullOrWhiteSpace(perspective) ? parent?.Perspective : perspective.Trim(),
            SortOrder = order + 10,
            Version = Guid.NewGuid(),
        };
        db.Goals.Add(goal);
        await db.SaveChangesAsync(cancellationToken);
        return goal;
    }

    /// <summary>
    /// The tree numbers of the given goals. Siblings are counted across the whole municipality and year, so a goal has
    /// the same number whoever looks; only ids and order are read for goals the user may not see.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, string>> NumbersAsync(Guid municipalityId, int year, CancellationToken cancellationToken = default)
    {
        if ((await municipalities.GetAsync(municipalityId, cancellationToken)).SteerByPerspective)
        {
            return new Dictionary<Guid, string>();
        }

        var units = orgUnits.IdsUnder(OrgUnit.PathSegment(municipalityId));
        var nodes = await db.Goals.AsNoTracking().Where(g => g.Year == year && units.Contains(g.OrgUnitId))
            .Select(g => new GoalNode(g.Id, g.ParentId, g.SortOrder, g.Number, g.Title, g.OrgUnitId)).ToListAsync(cancellationToken);
        return GoalNumbering.Number(nodes);
    }

    public async Task<Goal> GetForEditAsync(Guid goalId, CancellationToken cancellationToken = default)
    {
        var (goal, _, canEdit) = await goalAccess.LoadAsync(goalId, AccessLevel.Read, cancellationToken);
        return canEdit ? goal : throw new UnitAccessDeniedException(UnitAccessOutcome.Forbidden);
    }

    /// <summary>Changes a goal's title, perspective, number, six texts and report note; only its own unit may, and a stale save is refused.</summary>
    public async Task UpdateAsync(Guid goalId, GoalEdit edit, Guid version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var (_, _, canEdit) = await goalAccess.LoadAsync(goalId, AccessLevel.Read, cancellationToken);
        var goal = await db.Goals.FirstAsync(g => g.Id == goalId, cancellationToken);
        if (!canEdit)
        {
            await access.RecordDenialAsync(goal.OrgUnitId, AccessLevel.Edit, cancellationToken);
            throw new UnitAccessDeniedException(UnitAccessOutcome.Forbidden);
        }

        var errors = new ValidationErrors();
        var title = edit.Title?.Trim() ?? string.Empty;
        if (title.Length == 0)
        {
            errors.Add("Title", Texts.Goal_Title_Required);
        }
        else if (title.Length > Goal.TitleMaxLength)
        {
            errors.Add("Title", Texts.Goal_Title_TooLong);
        }

        if ((edit.Perspective?.Trim().Length ?? 0) > Goal.PerspectiveMaxLength)
        {
            errors.Add("Perspective", Texts.Goal_Perspective_TooLong);
        }

        var number = GoalNode.Normalise(edit.Number);
        if (number is not null && !GoalNode.IsValid(number))
        {
            errors.Add("Number", Texts.Goal_Number_Invalid);
        }

        foreach (var text in GoalTexts.All)
        {
            var value = edit.Texts.GetValueOrDefault(text.Property);
            FreeText.Refuse(errors, "Texts[" + text.Property + "]", text.Heading, value);

            PersonalIdentityNumber.Refuse(errors, "Texts[" + text.Property + "]", text.Heading, value);
        }

        FreeText.Refuse(errors, "ReportNote", Texts.Goal_ReportNote, edit.ReportNote);

        PersonalIdentityNumber.Refuse(errors, "ReportNote", Texts.Goal_ReportNote, edit.ReportNote);
        PersonalIdentityNumber.Refuse(errors, "Title", Texts.Goal_Title, title);
        PersonalIdentityNumber.Refuse(errors, "Perspective", Texts.Goal_Perspective, edit.Perspective);

        if (!errors.IsValid)
        {
            throw new ValidationException(errors);
        }

        db.Expect(goal, version);
        goal.Title = title;
        goal.NeedsReview = false;
        goal.Perspective = string.IsNullOrWhiteSpace(edit.Perspective) ? null : edit.Perspective.Trim();
        goal.Number = number;
        goal.ReportNote = UserText.Normalise(edit.ReportNote);
        foreach (var text in GoalTexts.All)
        {
            GoalTexts.Set(goal, text.Property, edit.Texts.GetValueOrDefault(text.Property));
        }

        await db.SaveOrRefuseAsync(cancellationToken);
    }

    public static IReadOnlyList<GoalLevel> LevelsFor(OrgUnitKind kind) => kind switch
    {
        OrgUnitKind.Municipality => [GoalLevel.CouncilDirection, GoalLevel.CouncilArea],
        OrgUnitKind.Board => [GoalLevel.Board],
        OrgUnitKind.Department => [GoalLevel.Department],
        _ => [GoalLevel.Unit],
    };

    public static string LevelName(GoalLevel level) => EnumText.Of(level);

    public static string FulfilmentName(Fulfilment fulfilment) => EnumText.Of(fulfilment);

    public static string RuleName(RollUpRule rule) => EnumText.Of(rule);

    private static List<GoalAssessment?> YearRow(IEnumerable<GoalAssessment> monthly)
    {
        var byMonth = monthly.ToDictionary(a => a.StartMonth);
        return Enumerable.Range(1, 12).Select(m => byMonth.GetValueOrDefault(m)).ToList();
    }
}

public sealed record UnitGoals(OrgUnit Unit, int Year, IReadOnlyList<Goal> Goals, IReadOnlyDictionary<Guid, string> OwnerNames, Func<Guid, IReadOnlyList<GoalAssessment?>> MonthRow, bool CanEdit, IReadOnlyDictionary<Guid, string> Numbers)
{
    /// <summary>A goal's children in number order (3.1 before 3.3 however they were added), as the plan prints them.</summary>
    public IEnumerable<Goal> ChildrenOf(Guid? parentId) =>
        Goals.Where(g => g.ParentId == parentId).OrderBy(g => Numbers.GetValueOrDefault(g.Id), GoalNumberComparer.Instance).ThenBy(g => g.SortOrder);
}

public sealed class GoalEdit
{
    public string? Title { get; set; }

    public string? Perspective { get; set; }

    public string? Number { get; set; }

    public string? ReportNote { get; set; }

    public Dictionary<string, string?> Texts { get; set; } = [];
}

public sealed record GoalIndicatorRow(Indicator Indicator, decimal Weight, AssessedOutcome? Latest);

public sealed record GoalDetails(Goal Goal, OrgUnit Owner, IReadOnlyList<Goal> Parents, IReadOnlyList<GoalIndicatorRow> Indicators, IReadOnlyList<GoalAssessment?> Months, IReadOnlyList<GoalAssessment> Fulfilments, IReadOnlyList<Indicator> Available, bool CanEdit, IReadOnlyList<Activity> Activities, IReadOnlyDictionary<Guid, string> Numbers, string LinkStamp);
