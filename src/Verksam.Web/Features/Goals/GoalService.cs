using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Verksam.Web.Data;
using Verksam.Web.Domain.Assessment;
using Verksam.Web.Domain.Periods;
using Verksam.Web.Domain.Scales;
using Verksam.Web.Features.Indicators;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Resources;
using Verksam.Web.Shared.Text;
using Verksam.Web.Shared.Validation;

namespace Verksam.Web.Features.Goals;

/// <summary>Goals, the indicators that inform them, and a person's assessment of a goal per period beside the proposal.</summary>
public sealed class GoalService(VerksamDbContext db, AccessService access)
{
    /// <summary>The goals a unit works under in a year: its own, and (read-only) those of every unit above it.</summary>
    public async Task<UnitGoals> ForUnitAsync(Guid unitId, int year, CancellationToken cancellationToken = default)
    {
        var unit = await access.RequireAsync(unitId, AccessLevel.Read, cancellationToken);
        var owners = unit.AncestorIds().Append(unit.Id).ToList();
        var goals = await db.Goals.AsNoTracking().Where(g => owners.Contains(g.OrgUnitId) && g.Year == year)
            .OrderBy(g => g.Level).ThenBy(g => g.SortOrder).ToListAsync(cancellationToken);
        var ownerNames = await db.OrgUnits.AsNoTracking().Where(u => owners.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
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
        var (goal, owner, canEdit) = await LoadAsync(goalId, AccessLevel.Read, cancellationToken);
        var parents = new List<Goal>();
        for (var parentId = goal.ParentId; parentId is { } p;)
        {
            var parent = await db.Goals.AsNoTracking().FirstAsync(g => g.Id == p, cancellationToken);
            parents.Insert(0, parent);
            parentId = parent.ParentId;
        }

        var links = await ReadableLinksAsync(goalId, cancellationToken);
        var indicatorIds = links.Select(l => l.IndicatorId).ToList();
        var indicators = await db.Indicators.AsNoTracking().Where(i => indicatorIds.Contains(i.Id)).OrderBy(i => i.SortOrder).ToListAsync(cancellationToken);
        var outcomes = (await db.Outcomes.AsNoTracking().Where(o => indicatorIds.Contains(o.IndicatorId)).ToListAsync(cancellationToken)).ToLookup(o => o.IndicatorId);
        var rows = indicators.Select(i =>
        {
            var own = outcomes[i.Id].ToList();
            var latest = own.OrderByDescending(o => o.EndMonth).FirstOrDefault();
            return new GoalIndicatorRow(i, links.First(l => l.IndicatorId == i.Id).Weight, latest is null ? null : IndicatorService.Assess(i, latest, own));
        }).ToList();
        var assessments = await db.GoalAssessments.AsNoTracking().Where(a => a.GoalId == goalId && a.Year == goal.Year).ToListAsync(cancellationToken);
        var available = canEdit
            ? await db.Indicators.AsNoTracking().Where(i => i.OrgUnitId == goal.OrgUnitId && i.Year == goal.Year).OrderBy(i => i.SortOrder).ThenBy(i => i.Name).ToListAsync(cancellationToken)
            : [];
        var activities = await db.Activities.AsNoTracking().Where(a => a.GoalId == goalId).OrderBy(a => a.SortOrder).ToListAsync(cancellationToken);
        var numbers = await NumbersAsync(owner.MunicipalityId, goal.Year, cancellationToken);
        return new GoalDetails(goal, owner, parents, rows, YearRow(assessments.Where(a => a.PeriodKind == PeriodKind.Month)),
            assessments.Where(a => a.PeriodKind is PeriodKind.Tertial or PeriodKind.Year).ToList(), available, canEdit, activities, numbers,
            LinkStamp(links.Where(l => l.OrgUnitId == goal.OrgUnitId)));
    }

    /// <summary>What the indicators propose for the goal and period, by the municipality's rule, and what a person has decided.</summary>
    public async Task<AssessmentView> GetAssessmentAsync(Guid goalId, Period period, CancellationToken cancellationToken = default)
    {
        var (goal, owner, canEdit) = await LoadAsync(goalId, AccessLevel.Read, cancellationToken);
        if (period.Year != goal.Year || period.Kind == PeriodKind.Span)
        {
            throw new UnitAccessDeniedException(UnitAccessOutcome.NotFound);
        }

        var settings = await SettingsForAsync(owner, cancellationToken);
        var links = await ReadableLinksAsync(goalId, cancellationToken);
        var ids = links.Select(l => l.IndicatorId).ToList();
        var indicators = await db.Indicators.AsNoTracking().Where(i => ids.Contains(i.Id)).OrderBy(i => i.SortOrder).ToListAsync(cancellationToken);
        var outcomes = (await db.Outcomes.AsNoTracking().Where(o => ids.Contains(o.IndicatorId)).ToListAsync(cancellationToken)).ToLookup(o => o.IndicatorId);
        var assessments = await db.GoalAssessments.AsNoTracking().Where(a => a.GoalId == goalId && a.Year == goal.Year).ToListAsync(cancellationToken);

        var (rows, months, proposal) = Propose(period, indicators, outcomes, links, assessments, settings);
        var stored = assessments.FirstOrDefault(a => a.Period == period);
        return new AssessmentView(goal, owner, period, settings, rows, months, proposal, stored, canEdit);
    }

    /// <summary>
    /// What a goal's indicators propose for a period. A month is judged by the monthly indicators; a tertial or the year
    /// by the months' assessments and the indicators measured that seldom, as seed 000 instructs. No queries: the
    /// caller loads the goal's indicators, their outcomes, its links and its assessments of the year.
    /// </summary>
    public static (IReadOnlyList<ProposalRow> Rows, IReadOnlyList<(Period Month, Rag? Colour)> Months, Proposal Proposal) Propose(
        Period period, IEnumerable<Indicator> indicators, ILookup<Guid, Outcome> outcomes, IReadOnlyCollection<GoalIndicator> links,
        IReadOnlyCollection<GoalAssessment> assessments, RollUpSettings settings)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        ArgumentNullException.ThrowIfNull(outcomes);
        ArgumentNullException.ThrowIfNull(links);
        ArgumentNullException.ThrowIfNull(assessments);
        var rows = new List<ProposalRow>();
        foreach (var indicator in indicators)
        {
            var link = links.FirstOrDefault(l => l.IndicatorId == indicator.Id);
            var counts = period.Kind == PeriodKind.Month ? indicator.Periodicity == Periodicity.Month : indicator.Periodicity != Periodicity.Month;
            if (link is null || !counts)
            {
                continue;
            }

            var own = outcomes[indicator.Id].ToList();
            var outcome = period.Kind == PeriodKind.Month
                ? IndicatorService.FindForPeriod(own, period)
                : own.Where(o => period.Contains(o.Period)).OrderByDescending(o => o.EndMonth).FirstOrDefault();
            var assessed = outcome is null ? null : IndicatorService.Assess(indicator, outcome, own);
            rows.Add(new ProposalRow(indicator, link.Weight, assessed));
        }

        var inputs = rows.Select(r => new ColourInput(r.Assessed?.Colour, r.Weight)).ToList();
        if (period.Kind == PeriodKind.Month)
        {
            return (rows, [], RollUp.Propose(inputs, settings));
        }

        var months = Enumerable.Range(period.StartMonth, period.EndMonth - period.StartMonth + 1)
            .Select(m => (Period.Month(period.Year, m), assessments.FirstOrDefault(a => a.Period == Period.Month(period.Year, m))?.Colour)).ToList();
        return (rows, months, RollUp.ProposeFulfilment(months.Select(m => m.Item2), inputs, settings).Proposal);
    }

    public async Task SaveAssessmentAsync(Guid goalId, Period period, Rag? colour, Fulfilment? fulfilment, string? motivation, Guid? version, CancellationToken cancellationToken = default)
    {
        var view = await GetAssessmentAsync(goalId, period, cancellationToken);
        if (!view.CanEdit)
        {
            // The user may read the goal (it is above their unit) but only its own unit assesses it.
            await access.RecordDenialAsync(view.Goal.OrgUnitId, AccessLevel.Edit, cancellationToken);
            throw new UnitAccessDeniedException(UnitAccessOutcome.Forbidden);
        }
        var errors = new ValidationErrors();
        if (period.Kind == PeriodKind.Month && colour is null)
        {
            errors.Add("Colour", Texts.GoalAssessment_Colour_Required);
        }

        if (period.Kind != PeriodKind.Month && fulfilment is null)
        {
            errors.Add("Fulfilment", Texts.GoalAssessment_Fulfilment_Required);
        }

        if ((motivation?.Length ?? 0) > GoalAssessment.MotivationMaxLength)
        {
            errors.Add("Motivation", Texts.GoalAssessment_Motivation_TooLong);
        }

        if (!errors.IsValid)
        {
            throw new ValidationException(errors);
        }

        var stored = await db.GoalAssessments.FirstOrDefaultAsync(a => a.GoalId == goalId && a.Year == period.Year && a.PeriodKind == period.Kind && a.StartMonth == period.StartMonth && a.EndMonth == period.EndMonth, cancellationToken);
        if (stored is not null)
        {
            db.Expect(stored, version);
        }

        var assessment = stored ?? new GoalAssessment { Id = Guid.NewGuid(), GoalId = goalId, OrgUnitId = view.Goal.OrgUnitId, Period = period, Version = Guid.NewGuid() };
        assessment.Colour = period.Kind == PeriodKind.Month ? colour : null;
        assessment.Fulfilment = period.Kind == PeriodKind.Month ? null : fulfilment;
        assessment.Motivation = string.IsNullOrWhiteSpace(motivation) ? null : motivation.Trim();
        assessment.ProposedColour = view.Proposal.Colour;
        assessment.ProposalRule = view.Proposal.Rule;
        if (stored is null)
        {
            db.GoalAssessments.Add(assessment);
        }

        await db.SaveOrRefuseAsync(cancellationToken);
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
    /// Sets which of the owning unit's indicators inform the goal, and their weights. <paramref name="stamp"/> is the
    /// <see cref="LinkStamp"/> the form was opened with: when the links have changed since, the save is refused.
    /// </summary>
    public async Task SetIndicatorsAsync(Guid goalId, IReadOnlyDictionary<Guid, decimal> weights, string? stamp, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var (goal, _, canEdit) = await LoadAsync(goalId, AccessLevel.Read, cancellationToken);
        if (!canEdit)
        {
            await access.RecordDenialAsync(goal.OrgUnitId, AccessLevel.Edit, cancellationToken);
            throw new UnitAccessDeniedException(UnitAccessOutcome.Forbidden);
        }
        var ids = weights.Keys.ToList();
        var valid = await db.Indicators.Where(i => ids.Contains(i.Id) && i.OrgUnitId == goal.OrgUnitId && i.Year == goal.Year).Select(i => i.Id).ToListAsync(cancellationToken);
        if (valid.Count != ids.Count)
        {
            throw new UnitAccessDeniedException(UnitAccessOutcome.NotFound);
        }

        if (weights.Values.Any(w => w is < 0 or > 1000))
        {
            throw ValidationException.For("Weights", Texts.Goal_Weight_Range);
        }

        // Only the owning unit's own links: other units' links to this goal are theirs to change.
        var links = await db.GoalIndicators.Where(l => l.GoalId == goalId && l.OrgUnitId == goal.OrgUnitId).ToListAsync(cancellationToken);
        if (stamp != LinkStamp(links))
        {
            throw new StaleVersionException(Texts.Concurrency_Stale);
        }

        db.GoalIndicators.RemoveRange(links.Where(l => !weights.ContainsKey(l.IndicatorId)));
        foreach (var (indicatorId, weight) in weights)
        {
            var link = links.FirstOrDefault(l => l.IndicatorId == indicatorId);
            if (link is null)
            {
                db.GoalIndicators.Add(new GoalIndicator { GoalId = goalId, IndicatorId = indicatorId, OrgUnitId = goal.OrgUnitId, Weight = weight });
            }
            else
            {
                link.Weight = weight;
            }
        }

        await db.SaveOrRefuseAsync(cancellationToken);
    }

    /// <summary>The goals an indicator's unit may tie it to (its own and those above, same year), and those it is tied to.</summary>
    public async Task<(IReadOnlyList<Goal> Choices, IReadOnlySet<Guid> Linked, IReadOnlyDictionary<Guid, string> Numbers)> GoalsForIndicatorAsync(Guid indicatorId, CancellationToken cancellationToken = default)
    {
        var indicator = await db.Indicators.AsNoTracking().FirstOrDefaultAsync(i => i.Id == indicatorId, cancellationToken)
            ?? throw new UnitAccessDeniedException(UnitAccessOutcome.NotFound);
        var unit = await access.RequireAsync(indicator.OrgUnitId, AccessLevel.Read, cancellationToken);
        var owners = unit.AncestorIds().Append(unit.Id).ToList();
        var choices = await db.Goals.AsNoTracking().Where(g => owners.Contains(g.OrgUnitId) && g.Year == indicator.Year).ToListAsync(cancellationToken);
        var linked = (await db.GoalIndicators.AsNoTracking().Where(l => l.IndicatorId == indicatorId).Select(l => l.GoalId).ToListAsync(cancellationToken)).ToHashSet();
        var numbers = await NumbersAsync(unit.MunicipalityId, indicator.Year, cancellationToken);
        return (choices.OrderBy(g => numbers.GetValueOrDefault(g.Id), StringComparer.Ordinal).ToList(), linked, numbers);
    }

    /// <summary>Ties an indicator to goals of its unit or above, as seed 001 puts a unit's indicators under the council's goals.</summary>
    public async Task SetGoalsForIndicatorAsync(Guid indicatorId, IReadOnlyCollection<Guid> goalIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(goalIds);
        var indicator = await db.Indicators.AsNoTracking().FirstOrDefaultAsync(i => i.Id == indicatorId, cancellationToken)
            ?? throw new UnitAccessDeniedException(UnitAccessOutcome.NotFound);
        var unit = await access.RequireAsync(indicator.OrgUnitId, AccessLevel.Edit, cancellationToken);
        var owners = unit.AncestorIds().Append(unit.Id).ToList();
        var ids = goalIds.Distinct().ToList();
        var valid = await db.Goals.Where(g => ids.Contains(g.Id) && owners.Contains(g.OrgUnitId) && g.Year == indicator.Year).Select(g => g.Id).ToListAsync(cancellationToken);
        if (valid.Count != ids.Count)
        {
            throw ValidationException.For("Goals", Texts.Indicator_Goals_Invalid);
        }

        var links = await db.GoalIndicators.Where(l => l.IndicatorId == indicatorId).ToListAsync(cancellationToken);
        db.GoalIndicators.RemoveRange(links.Where(l => !ids.Contains(l.GoalId)));
        foreach (var goalId in ids.Where(id => links.All(l => l.GoalId != id)))
        {
            db.GoalIndicators.Add(new GoalIndicator { GoalId = goalId, IndicatorId = indicatorId, OrgUnitId = indicator.OrgUnitId, Weight = 1m });
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<MunicipalitySettings> SettingsAsync(Guid municipalityId, CancellationToken cancellationToken = default) =>
        await db.MunicipalitySettings.AsNoTracking().FirstOrDefaultAsync(s => s.OrgUnitId == municipalityId, cancellationToken)
        ?? new MunicipalitySettings { OrgUnitId = municipalityId };

    /// <summary>
    /// An administrator's choice of rule for a municipality; a municipality without a choice uses the worst colour.
    /// <paramref name="version"/> is the settings' version when the form was opened, null when there were none yet:
    /// a save based on anything else is refused, so one administrator never overwrites another's choice unseen.
    /// </summary>
    public async Task SaveSettingsAsync(Guid municipalityId, MunicipalitySettingsEdit edit, Guid? version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edit);
        if (!(await access.GetAsync(cancellationToken)).IsAdministrator)
        {
            throw new UnitAccessDeniedException(UnitAccessOutcome.Forbidden);
        }

        var unit = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Id == municipalityId && u.Kind == OrgUnitKind.Municipality, cancellationToken)
            ?? throw new UnitAccessDeniedException(UnitAccessOutcome.NotFound);
        var errors = MunicipalitySettings.Validate(edit.Rule, edit.GreenFromPercent, edit.YellowFromPercent);
        if (edit.ReportDueDay is null or < 1 or > 28)
        {
            errors.Add("ReportDueDay", Texts.ReportDueDay_Range);
        }

        if (!errors.IsValid)
        {
            throw new ValidationException(errors);
        }

        var settings = await db.MunicipalitySettings.FirstOrDefaultAsync(s => s.OrgUnitId == unit.Id, cancellationToken);
        if (settings is null)
        {
            settings = new MunicipalitySettings { OrgUnitId = unit.Id, Version = Guid.NewGuid() };
            db.MunicipalitySettings.Add(settings);
        }
        else if (version is null)
        {
            throw new StaleVersionException(Texts.Concurrency_Stale);
        }
        else
        {
            db.Expect(settings, version);
        }

        settings.RollUpRule = edit.Rule!.Value;
        settings.GreenFrom = (edit.GreenFromPercent ?? 80m) / 100m;
        settings.YellowFrom = (edit.YellowFromPercent ?? 50m) / 100m;
        settings.SteerByPerspective = edit.SteerByPerspective;
        settings.ReportDueDay = edit.ReportDueDay!.Value;
        await db.SaveOrRefuseAsync(cancellationToken);
    }

    /// <summary>
    /// The tree numbers of the given goals. Siblings are counted across the whole municipality and year, so a goal has
    /// the same number whoever looks; only ids and order are read for goals the user may not see.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, string>> NumbersAsync(Guid municipalityId, int year, CancellationToken cancellationToken = default)
    {
        if ((await SettingsAsync(municipalityId, cancellationToken)).SteerByPerspective)
        {
            return new Dictionary<Guid, string>();
        }

        var prefix = OrgUnit.PathSegment(municipalityId);
        var nodes = await (from g in db.Goals.AsNoTracking()
                           join u in db.OrgUnits.AsNoTracking() on g.OrgUnitId equals u.Id
                           where g.Year == year && u.Path.StartsWith(prefix)
                           select new GoalNode(g.Id, g.ParentId, g.SortOrder, g.Number, g.Title)).ToListAsync(cancellationToken);
        return GoalNumbering.Number(nodes);
    }

    public async Task<Goal> GetForEditAsync(Guid goalId, CancellationToken cancellationToken = default)
    {
        var (goal, _, canEdit) = await LoadAsync(goalId, AccessLevel.Read, cancellationToken);
        return canEdit ? goal : throw new UnitAccessDeniedException(UnitAccessOutcome.Forbidden);
    }

    /// <summary>Changes a goal's title, perspective, number and six texts; only its own unit may, and a stale save is refused.</summary>
    public async Task UpdateAsync(Guid goalId, GoalEdit edit, Guid version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var (_, _, canEdit) = await LoadAsync(goalId, AccessLevel.Read, cancellationToken);
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
            if ((value?.Length ?? 0) > GoalTexts.MaxLength)
            {
                errors.Add("Texts[" + text.Property + "]", string.Format(CultureInfo.CurrentCulture, Texts.Goal_Text_TooLong, text.Heading, GoalTexts.MaxLength.ToString("N0", CultureInfo.CurrentCulture), value!.Length.ToString("N0", CultureInfo.CurrentCulture)));
            }
        }

        if (!errors.IsValid)
        {
            throw new ValidationException(errors);
        }

        db.Expect(goal, version);
        goal.Title = title;
        goal.NeedsReview = false;
        goal.Perspective = string.IsNullOrWhiteSpace(edit.Perspective) ? null : edit.Perspective.Trim();
        goal.Number = number;
        foreach (var text in GoalTexts.All)
        {
            GoalTexts.Set(goal, text.Property, edit.Texts.GetValueOrDefault(text.Property));
        }

        await db.SaveOrRefuseAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Activity>> ActivitiesAsync(Guid goalId, CancellationToken cancellationToken = default)
    {
        await LoadAsync(goalId, AccessLevel.Read, cancellationToken);
        return await db.Activities.AsNoTracking().Where(a => a.GoalId == goalId).OrderBy(a => a.SortOrder).ThenBy(a => a.StartDate).ToListAsync(cancellationToken);
    }

    public async Task<(Activity Activity, Goal Goal, bool CanEdit)> GetActivityAsync(Guid activityId, CancellationToken cancellationToken = default)
    {
        var activity = await db.Activities.AsNoTracking().FirstOrDefaultAsync(a => a.Id == activityId, cancellationToken)
            ?? throw new UnitAccessDeniedException(UnitAccessOutcome.NotFound);
        var (goal, _, canEdit) = await LoadAsync(activity.GoalId, AccessLevel.Read, cancellationToken);
        return (activity, goal, canEdit);
    }

    /// <summary>Adds or changes an activity. Dates must be in order; a late, unfinished activity needs its deviation written.</summary>
    public async Task<Activity> SaveActivityAsync(Guid goalId, Guid? activityId, ActivityEdit edit, DateOnly today, Guid? version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var (goal, _, canEdit) = await LoadAsync(goalId, AccessLevel.Read, cancellationToken);
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

        var start = ParseDate(edit.StartDate, "StartDate", errors);
        var end = ParseDate(edit.EndDate, "EndDate", errors);
        if (start is not null && end is not null && end < start)
        {
            errors.Add("EndDate", Texts.Activity_EndBeforeStart);
        }

        if ((edit.Responsible?.Trim().Length ?? 0) > Activity.ResponsibleMaxLength)
        {
            errors.Add("Responsible", Texts.Activity_Responsible_TooLong);
        }

        if ((edit.Deviation?.Length ?? 0) > Activity.DeviationMaxLength)
        {
            errors.Add("Deviation", Texts.Activity_Deviation_TooLong);
        }

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

    internal static DateOnly? ParseDate(string? text, string field, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(field, string.Format(CultureInfo.CurrentCulture, Texts.Activity_Date_Invalid, text.Trim()));
        return null;
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

    /// <summary>The fingerprint (<see cref="SetStamp"/>) of a goal's links and weights, which the links form carries.</summary>
    public static string LinkStamp(IEnumerable<GoalIndicator> links) =>
        SetStamp.Of(links.Select(l => l.IndicatorId.ToString("N") + ":" + l.Weight.ToString("0.####", CultureInfo.InvariantCulture)));

    /// <summary>A goal's indicator links whose indicators belong to units the user may read.</summary>
    private async Task<List<GoalIndicator>> ReadableLinksAsync(Guid goalId, CancellationToken cancellationToken)
    {
        var links = await db.GoalIndicators.AsNoTracking().Where(l => l.GoalId == goalId).ToListAsync(cancellationToken);
        var unitIds = links.Select(l => l.OrgUnitId).Distinct().ToList();
        var readable = (await (await access.VisibleAsync(db.OrgUnits.AsNoTracking().Where(u => unitIds.Contains(u.Id)), cancellationToken)).Select(u => u.Id).ToListAsync(cancellationToken)).ToHashSet();
        return links.Where(l => readable.Contains(l.OrgUnitId)).ToList();
    }

    internal async Task<RollUpSettings> SettingsForAsync(OrgUnit unit, CancellationToken cancellationToken) =>
        (await SettingsAsync(unit.MunicipalityId, cancellationToken)).ToRollUp();

    /// <summary>
    /// A goal is readable by anyone who may read its unit or a unit below it (a unit sees the goals above it);
    /// changing it needs edit rights on the unit that owns it.
    /// </summary>
    private async Task<(Goal Goal, OrgUnit Owner, bool CanEdit)> LoadAsync(Guid goalId, AccessLevel needed, CancellationToken cancellationToken)
    {
        var goal = await db.Goals.AsNoTracking().FirstOrDefaultAsync(g => g.Id == goalId, cancellationToken)
            ?? throw new UnitAccessDeniedException(UnitAccessOutcome.NotFound);
        var owner = await db.OrgUnits.AsNoTracking().FirstAsync(u => u.Id == goal.OrgUnitId, cancellationToken);
        var userAccess = await access.GetAsync(cancellationToken);
        var readable = userAccess.IsAdministrator || userAccess.LevelAt(owner.Path) is not null || userAccess.Grants.Any(g => g.Path.StartsWith(owner.Path, StringComparison.Ordinal));
        if (!readable)
        {
            await access.RecordDenialAsync(owner.Id, needed, cancellationToken);
            throw new UnitAccessDeniedException(UnitAccessOutcome.NotFound);
        }

        return (goal, owner, userAccess.Allows(owner.Path, AccessLevel.Edit));
    }
}

public sealed record UnitGoals(OrgUnit Unit, int Year, IReadOnlyList<Goal> Goals, IReadOnlyDictionary<Guid, string> OwnerNames, Func<Guid, IReadOnlyList<GoalAssessment?>> MonthRow, bool CanEdit, IReadOnlyDictionary<Guid, string> Numbers)
{
    public IEnumerable<Goal> ChildrenOf(Guid? parentId) => Goals.Where(g => g.ParentId == parentId);
}

public sealed class GoalEdit
{
    public string? Title { get; set; }

    public string? Perspective { get; set; }

    public string? Number { get; set; }

    public Dictionary<string, string?> Texts { get; set; } = [];
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

public sealed record GoalIndicatorRow(Indicator Indicator, decimal Weight, AssessedOutcome? Latest);

public sealed record GoalDetails(Goal Goal, OrgUnit Owner, IReadOnlyList<Goal> Parents, IReadOnlyList<GoalIndicatorRow> Indicators, IReadOnlyList<GoalAssessment?> Months, IReadOnlyList<GoalAssessment> Fulfilments, IReadOnlyList<Indicator> Available, bool CanEdit, IReadOnlyList<Activity> Activities, IReadOnlyDictionary<Guid, string> Numbers, string LinkStamp);

/// <summary>What an administrator sets for a municipality: the proposal rule, goal numbering and when reports are due.</summary>
public sealed record MunicipalitySettingsEdit(RollUpRule? Rule, decimal? GreenFromPercent, decimal? YellowFromPercent, bool SteerByPerspective, int? ReportDueDay);

public sealed record ProposalRow(Indicator Indicator, decimal Weight, AssessedOutcome? Assessed);

public sealed record AssessmentView(Goal Goal, OrgUnit Owner, Period Period, RollUpSettings Settings, IReadOnlyList<ProposalRow> Rows, IReadOnlyList<(Period Month, Rag? Colour)> Months, Proposal Proposal, GoalAssessment? Stored, bool CanEdit);
