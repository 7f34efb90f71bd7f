using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Verksam.Web.Features.Access;
using Verksam.Web.Features.Indicators;
using Verksam.Web.Features.Indicators.Assessment;
using Verksam.Web.Features.Indicators.Scales;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Resources;
using Verksam.Web.Shared.Data;
using Verksam.Web.Shared.Periods;
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
        return new UnitGoals(unit, year, goals, ownerNames, id => YearRow(rows[id]), canEdit);
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

        var links = await db.GoalIndicators.AsNoTracking().Where(l => l.GoalId == goalId).ToListAsync(cancellationToken);
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
        return new GoalDetails(goal, owner, parents, rows, YearRow(assessments.Where(a => a.PeriodKind == PeriodKind.Month)),
            assessments.Where(a => a.PeriodKind is PeriodKind.Tertial or PeriodKind.Year).ToList(), available, canEdit);
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
        var links = await db.GoalIndicators.AsNoTracking().Where(l => l.GoalId == goalId).ToListAsync(cancellationToken);
        var ids = links.Select(l => l.IndicatorId).ToList();
        var indicators = await db.Indicators.AsNoTracking().Where(i => ids.Contains(i.Id)).OrderBy(i => i.SortOrder).ToListAsync(cancellationToken);
        var outcomes = (await db.Outcomes.AsNoTracking().Where(o => ids.Contains(o.IndicatorId)).ToListAsync(cancellationToken)).ToLookup(o => o.IndicatorId);
        var assessments = await db.GoalAssessments.AsNoTracking().Where(a => a.GoalId == goalId && a.Year == goal.Year).ToListAsync(cancellationToken);

        // A month is judged by the monthly indicators; a tertial or the year by the months' assessments and the
        // indicators measured that seldom, as seed 000 instructs.
        var rows = new List<ProposalRow>();
        foreach (var indicator in indicators)
        {
            var own = outcomes[indicator.Id].ToList();
            var counts = period.Kind == PeriodKind.Month ? indicator.Periodicity == Periodicity.Month : indicator.Periodicity != Periodicity.Month;
            if (!counts)
            {
                continue;
            }

            var outcome = period.Kind == PeriodKind.Month
                ? IndicatorService.FindForPeriod(own, period)
                : own.Where(o => period.Contains(o.Period)).OrderByDescending(o => o.EndMonth).FirstOrDefault();
            var assessed = outcome is null ? null : IndicatorService.Assess(indicator, outcome, own);
            rows.Add(new ProposalRow(indicator, links.First(l => l.IndicatorId == indicator.Id).Weight, assessed));
        }

        var inputs = rows.Select(r => new ColourInput(r.Assessed?.Colour, r.Weight)).ToList();
        Proposal proposal;
        IReadOnlyList<(Period Month, Rag? Colour)> months = [];
        if (period.Kind == PeriodKind.Month)
        {
            proposal = RollUp.Propose(inputs, settings);
        }
        else
        {
            months = Enumerable.Range(period.StartMonth, period.EndMonth - period.StartMonth + 1)
                .Select(m => (Period.Month(period.Year, m), assessments.FirstOrDefault(a => a.Period == Period.Month(period.Year, m))?.Colour)).ToList();
            proposal = RollUp.ProposeFulfilment(months.Select(m => m.Colour), inputs, settings).Proposal;
        }

        var stored = assessments.FirstOrDefault(a => a.Period == period);
        return new AssessmentView(goal, owner, period, settings, rows, months, proposal, stored, canEdit);
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
        if (stored is not null && version is { } v)
        {
            if (stored.Version != v)
            {
                throw new StaleVersionException(Texts.Concurrency_Stale);
            }

            db.Entry(stored).Property(a => a.Version).OriginalValue = v;
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

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new StaleVersionException(Texts.Concurrency_Stale);
        }
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

    /// <summary>Sets which of the owning unit's indicators inform the goal, and their weights.</summary>
    public async Task SetIndicatorsAsync(Guid goalId, IReadOnlyDictionary<Guid, decimal> weights, CancellationToken cancellationToken = default)
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

        var links = await db.GoalIndicators.Where(l => l.GoalId == goalId).ToListAsync(cancellationToken);
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

        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<MunicipalitySettings> SettingsAsync(Guid municipalityId, CancellationToken cancellationToken = default) =>
        await db.MunicipalitySettings.AsNoTracking().FirstOrDefaultAsync(s => s.OrgUnitId == municipalityId, cancellationToken)
        ?? new MunicipalitySettings { OrgUnitId = municipalityId };

    /// <summary>An administrator's choice of rule for a municipality; a municipality without a choice uses the worst colour.</summary>
    public async Task SaveSettingsAsync(Guid municipalityId, RollUpRule? rule, decimal? greenFromPercent, decimal? yellowFromPercent, CancellationToken cancellationToken = default)
    {
        if (!(await access.GetAsync(cancellationToken)).IsAdministrator)
        {
            throw new UnitAccessDeniedException(UnitAccessOutcome.Forbidden);
        }

        var unit = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Id == municipalityId && u.Kind == OrgUnitKind.Municipality, cancellationToken)
            ?? throw new UnitAccessDeniedException(UnitAccessOutcome.NotFound);
        var errors = MunicipalitySettings.Validate(rule, greenFromPercent, yellowFromPercent);
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

        settings.RollUpRule = rule!.Value;
        settings.GreenFrom = (greenFromPercent ?? 80m) / 100m;
        settings.YellowFrom = (yellowFromPercent ?? 50m) / 100m;
        await db.SaveChangesAsync(cancellationToken);
    }

    public static IReadOnlyList<GoalLevel> LevelsFor(OrgUnitKind kind) => kind switch
    {
        OrgUnitKind.Municipality => [GoalLevel.CouncilDirection, GoalLevel.CouncilArea],
        OrgUnitKind.Board => [GoalLevel.Board],
        OrgUnitKind.Department => [GoalLevel.Department],
        _ => [GoalLevel.Unit],
    };

    public static string LevelName(GoalLevel level) => Texts.ResourceManager.GetString("GoalLevel_" + level, CultureInfo.CurrentUICulture) ?? level.ToString();

    public static string FulfilmentName(Fulfilment fulfilment) => Texts.ResourceManager.GetString("Fulfilment_" + fulfilment, CultureInfo.CurrentUICulture) ?? fulfilment.ToString();

    public static string RuleName(RollUpRule rule) => Texts.ResourceManager.GetString("RollUpRule_" + rule, CultureInfo.CurrentUICulture) ?? rule.ToString();

    private static List<GoalAssessment?> YearRow(IEnumerable<GoalAssessment> monthly)
    {
        var byMonth = monthly.ToDictionary(a => a.StartMonth);
        return Enumerable.Range(1, 12).Select(m => byMonth.GetValueOrDefault(m)).ToList();
    }

    private async Task<RollUpSettings> SettingsForAsync(OrgUnit unit, CancellationToken cancellationToken) =>
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

public sealed record UnitGoals(OrgUnit Unit, int Year, IReadOnlyList<Goal> Goals, IReadOnlyDictionary<Guid, string> OwnerNames, Func<Guid, IReadOnlyList<GoalAssessment?>> MonthRow, bool CanEdit)
{
    public IEnumerable<Goal> ChildrenOf(Guid? parentId) => Goals.Where(g => g.ParentId == parentId);
}

public sealed record GoalIndicatorRow(Indicator Indicator, decimal Weight, AssessedOutcome? Latest);

public sealed record GoalDetails(Goal Goal, OrgUnit Owner, IReadOnlyList<Goal> Parents, IReadOnlyList<GoalIndicatorRow> Indicators, IReadOnlyList<GoalAssessment?> Months, IReadOnlyList<GoalAssessment> Fulfilments, IReadOnlyList<Indicator> Available, bool CanEdit);

public sealed record ProposalRow(Indicator Indicator, decimal Weight, AssessedOutcome? Assessed);

public sealed record AssessmentView(Goal Goal, OrgUnit Owner, Period Period, RollUpSettings Settings, IReadOnlyList<ProposalRow> Rows, IReadOnlyList<(Period Month, Rag? Colour)> Months, Proposal Proposal, GoalAssessment? Stored, bool CanEdit);
