using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Verksam.Web.Data;
using Verksam.Web.Domain.Assessment;
using Verksam.Web.Domain.Periods;
using Verksam.Web.Domain.Scales;
using Verksam.Web.Features.Goals;
using Verksam.Web.Features.Indicators;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Features.Plans;
using Verksam.Web.Resources;
using Verksam.Web.Shared.Auditing;
using Verksam.Web.Shared.Text;
using Verksam.Web.Shared.Validation;

namespace Verksam.Web.Features.FollowUp;

/// <summary>
/// The monthly and tertial follow-up report of a unit: writing it (texts and the goals' judgements), submitting it, and
/// the level above approving it or sending it back. From submission its figures are frozen.
/// </summary>
public sealed class FollowUpService(VerksamDbContext db, AccessService access, GoalService goals, TemplateService templates, QualityReportSections quality, Register.RegisterTableService register, IAuditActor actor, TimeProvider time)
{
    /// <summary>Months, the tertials T1 and T2, and the year (the verksamhetsberättelse, which covers the third tertial).</summary>
    public static bool IsReportPeriod(Period period) => period.Kind is PeriodKind.Month or PeriodKind.Year || period is { Kind: PeriodKind.Tertial, TertialNumber: 1 or 2 };

    public static ReportKind KindOf(Period period) => period.Kind switch
    {
        PeriodKind.Tertial => ReportKind.TertialReport,
        PeriodKind.Year => ReportKind.AnnualReport,
        _ => ReportKind.MonthlyReport,
    };

    public static string WentWellKey(Guid goalId) => $"mal-{goalId:N}-bra";

    public static string MeasuresKey(Guid goalId) => $"mal-{goalId:N}-atgarder";

    public static string AnalysisKey(Guid goalId) => $"mal-{goalId:N}-analys";

    public static string StatusName(ReportStatus? status) => status is { } s
        ? EnumText.Of(s)
        : Texts.ReportStatus_None;

    /// <summary>"Månadsrapport september 2023", "Tertialrapport T1 2023", "Verksamhetsberättelse 2024".</summary>
    public static string Title(Period period) => period.Kind switch
    {
        PeriodKind.Month => string.Format(CultureInfo.CurrentCulture, Texts.FollowUp_MonthTitle, Period.MonthName(period.StartMonth), period.Year),
        PeriodKind.Year => string.Format(CultureInfo.CurrentCulture, Texts.FollowUp_AnnualTitle, period.Year),
        _ => string.Format(CultureInfo.CurrentCulture, Texts.FollowUp_TertialTitle, period.ShortName, period.Year),
    };

    /// <summary>A goal's title short enough for a message: cut at a word near 80 characters.</summary>
    public static string ShortTitle(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        if (title.Length <= 90)
        {
            return title;
        }

        var cut = title.LastIndexOf(' ', 80);
        return title[..(cut > 40 ? cut : 80)].TrimEnd(',', '.', ' ') + "…";
    }


    /// <summary>The day a report is due: the municipality's due day of the month after the period.</summary>
    public static DateOnly DueDate(Period period, int dueDay)
    {
        var after = new DateOnly(period.Year, period.EndMonth, 1).AddMonths(1);
        return after.AddDays(Math.Clamp(dueDay, 1, 28) - 1);
    }

    public async Task<ReportView> GetAsync(Guid unitId, Period period, CancellationToken cancellationToken = default)
    {
        var unit = await access.RequireAsync(unitId, AccessLevel.Read, cancellationToken);
        if (!IsReportPeriod(period))
        {
            throw new UnitAccessDeniedException(UnitAccessOutcome.NotFound);
        }

        var level = (await access.GetAsync(cancellationToken)).LevelAt(unit.Path);
        var report = await FindAsync(unitId, period, tracked: false, cancellationToken);
        var texts = report is null ? new Dictionary<string, string>()
            : await db.FollowUpTexts.AsNoTracking().Where(t => t.ReportId == report.Id).ToDictionaryAsync(t => t.Key, t => t.Text, cancellationToken);
        var template = await templates.ResolveAsync(unit.MunicipalityId, KindOf(period), cancellationToken);
        var settings = await goals.SettingsAsync(unit.MunicipalityId, cancellationToken);
        var live = await ComputeAsync(unit, period, settings, cancellationToken);
        var frozen = report?.Figures is { } json ? ReportFigures.FromJson(json) : null;
        var history = report is null ? [] : await db.AuditEvents.AsNoTracking()
            .Where(e => e.OrgUnitId == unitId && e.EntityType == nameof(FollowUpReport) && e.EntityId == report.Id.ToString())
            .OrderBy(e => e.OccurredAt).ToListAsync(cancellationToken);
        var ancestors = unit.AncestorIds();
        var context = await db.OrgUnits.AsNoTracking().Where(u => ancestors.Contains(u.Id)).ToListAsync(cancellationToken);
        var administration = context.Where(u => u.Kind is OrgUnitKind.Board or OrgUnitKind.Department).OrderByDescending(u => u.Path.Length).FirstOrDefault();
        if (frozen?.Sections is { } sections)
        {
            // A submitted report keeps the sections it was written under, whatever the template has become since.
            template = template with { Sections = sections };
        }

        var chain = context.OrderBy(u => u.Path.Length).ToList();
        return new ReportView(unit, chain, administration?.Name, period, report, template, texts, live, frozen, settings.SteerByPerspective,
            level >= AccessLevel.Edit, level >= AccessLevel.Approve, history, DueDate(period, settings.ReportDueDay));
    }

    /// <summary>
    /// The unit's reports of a year, by period, for its list page. Without a year, the latest year the unit has reports
    /// for, else <paramref name="fallbackYear"/>.
    /// </summary>
    public async Task<ReportList> ListAsync(Guid unitId, int? year, int fallbackYear, CancellationToken cancellationToken = default)
    {
        var unit = await access.RequireAsync(unitId, AccessLevel.Read, cancellationToken);
        year ??= await db.FollowUpReports.Where(r => r.OrgUnitId == unitId).MaxAsync(r => (int?)r.Year, cancellationToken) ?? fallbackYear;
        var reports = await db.FollowUpReports.AsNoTracking().Where(r => r.OrgUnitId == unitId && r.Year == year)
            .Select(r => new { r.Year, r.PeriodKind, r.StartMonth, r.EndMonth, r.Status }).ToListAsync(cancellationToken);
        var below = await db.OrgUnits.AnyAsync(u => u.Path.StartsWith(unit.Path) && u.Id != unitId && !u.IsArchived, cancellationToken);
        var settings = await goals.SettingsAsync(unit.MunicipalityId, cancellationToken);
        return new ReportList(unit, year.Value, reports.ToDictionary(r => Period.FromStored(r.Year, r.PeriodKind, r.StartMonth, r.EndMonth), r => r.Status), below, settings.ReportDueDay);
    }

    /// <summary>
    /// Saves the report as a draft: its texts and the goals' colours (a month) or fulfilments (a tertial). The whole
    /// report carries one version, so a second person saving over an older copy is refused and loses nothing.
    /// Returns the report's new version.
    /// </summary>
    public async Task<Guid> SaveDraftAsync(Guid unitId, Period period, ReportInput input, Guid? version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var unit = await access.RequireAsync(unitId, AccessLevel.Edit, cancellationToken);
        if (!IsReportPeriod(period))
        {
            throw new UnitAccessDeniedException(UnitAccessOutcome.NotFound);
        }

        var template = await templates.ResolveAsync(unit.MunicipalityId, KindOf(period), cancellationToken);
        var settings = await goals.SettingsAsync(unit.MunicipalityId, cancellationToken);
        var live = await ComputeAsync(unit, period, settings, cancellationToken);
        var allowed = AllowedKeys(template, live, period).ToHashSet(StringComparer.Ordinal);
        var errors = new ValidationErrors();
        foreach (var (key, text) in input.Texts)
        {
            if (allowed.Contains(key) && (text?.Length ?? 0) > FollowUpText.TextMaxLength)
            {
                errors.Add($"Texts[{key}]", string.Format(CultureInfo.CurrentCulture, Texts.FollowUp_Text_TooLong, FollowUpText.TextMaxLength.ToString("N0", CultureInfo.CurrentCulture), text!.Length.ToString("N0", CultureInfo.CurrentCulture)));
            }
            else if (allowed.Contains(key) && PersonalIdentityNumber.IsIn(text))
            {
                // The report goes to the board as a public document: no one in care may be named by number in it.
                errors.Add($"Texts[{key}]", Texts.Document_PersonalIdentityNumber);
            }
        }

        if (!errors.IsValid)
        {
            throw new ValidationException(errors);
        }

        var report = await FindAsync(unitId, period, tracked: true, cancellationToken);
        if (report is null)
        {
            if (version is not null)
            {
                throw new StaleVersionException(Texts.FollowUp_Stale);
            }

            report = new FollowUpReport { Id = Guid.NewGuid(), OrgUnitId = unitId, Period = period, Status = ReportStatus.Draft, Version = Guid.NewGuid() };
            db.FollowUpReports.Add(report);
        }
        else
        {
            RequireVersion(report, version);
            if (!report.IsEditable)
            {
                throw ValidationException.For(string.Empty, Texts.FollowUp_Frozen);
            }
        }

        report.UpdatedAt = time.GetUtcNow().UtcDateTime;
        var stored = await db.FollowUpTexts.Where(t => t.ReportId == report.Id).ToDictionaryAsync(t => t.Key, cancellationToken);
        foreach (var key in allowed)
        {
            if (!input.Texts.TryGetValue(key, out var posted))
            {
                continue;
            }

            var text = UserText.Normalise(posted);
            var existing = stored.GetValueOrDefault(key);
            if (text is null)
            {
                if (existing is not null)
                {
                    db.FollowUpTexts.Remove(existing);
                }
            }
            else if (existing is null)
            {
                db.FollowUpTexts.Add(new FollowUpText { Id = Guid.NewGuid(), ReportId = report.Id, OrgUnitId = unitId, Key = key, Text = text });
            }
            else
            {
                existing.Text = text;
            }
        }

        await SaveJudgementsAsync(unitId, period, input, live, cancellationToken);
        await SaveAsync(cancellationToken);
        return report.Version;
    }

    /// <summary>
    /// Submits the report. Every goal needs its judgement, and a yellow or red goal (a tertial: one not fully met) its
    /// explanation; then the figures are frozen as they are now.
    /// </summary>
    public async Task SubmitAsync(Guid unitId, Period period, Guid? version, CancellationToken cancellationToken = default)
    {
        var unit = await access.RequireAsync(unitId, AccessLevel.Edit, cancellationToken);
        var report = await FindAsync(unitId, period, tracked: true, cancellationToken) ?? throw ValidationException.For(string.Empty, Texts.FollowUp_NothingToSubmit);
        RequireVersion(report, version);
        if (!report.IsEditable)
        {
            throw ValidationException.For(string.Empty, Texts.FollowUp_Frozen);
        }

        var settings = await goals.SettingsAsync(unit.MunicipalityId, cancellationToken);
        var live = await ComputeAsync(unit, period, settings, cancellationToken);
        var texts = await db.FollowUpTexts.AsNoTracking().Where(t => t.ReportId == report.Id).ToDictionaryAsync(t => t.Key, t => t.Text, cancellationToken);
        var errors = new ValidationErrors();
        foreach (var goal in live.Goals)
        {
            if (period.Kind == PeriodKind.Month)
            {
                if (goal.Colour is null)
                {
                    errors.Add($"Colours[{goal.GoalId}]", string.Format(CultureInfo.CurrentCulture, Texts.FollowUp_Colour_Required, ShortTitle(goal.Title)));
                }
                else if (goal.Colour is Rag.Yellow or Rag.Red && !texts.ContainsKey(MeasuresKey(goal.GoalId)))
                {
                    errors.Add($"Texts[{MeasuresKey(goal.GoalId)}]", string.Format(CultureInfo.CurrentCulture, Texts.FollowUp_Measures_Required, ShortTitle(goal.Title), RagText.Word(goal.Colour.Value).ToLower(CultureInfo.CurrentCulture)));
                }
            }
            else if (goal.Fulfilment is null)
            {
                errors.Add($"Fulfilments[{goal.GoalId}]", string.Format(CultureInfo.CurrentCulture, Texts.FollowUp_Fulfilment_Required, ShortTitle(goal.Title)));
            }
            else if (goal.Fulfilment != Fulfilment.Full && !texts.ContainsKey(AnalysisKey(goal.GoalId)))
            {
                errors.Add($"Texts[{AnalysisKey(goal.GoalId)}]", string.Format(CultureInfo.CurrentCulture, Texts.FollowUp_Analysis_Required, ShortTitle(goal.Title)));
            }
        }

        // Risks are followed up at least every tertial (seed 000): a tertial or annual report that shows the risk
        // follow-up goes in only when every risk in it has its mark for the period.
        var template = await templates.ResolveAsync(unit.MunicipalityId, KindOf(period), cancellationToken);
        if (period.Kind != PeriodKind.Month && live.Quality is { } quality && template.Sections.Any(s => s.Block == Plans.DataBlock.Risks))
        {
            foreach (var risk in quality.Risks.Where(r => r.Mark is null))
            {
                errors.Add(string.Empty, string.Format(CultureInfo.CurrentCulture, Texts.FollowUp_RiskMark_Required, ShortTitle(risk.Risk), period.Name));
            }
        }

        if (!errors.IsValid)
        {
            throw new ValidationException(errors);
        }

        report.Status = ReportStatus.Submitted;
        report.SubmittedAt = time.GetUtcNow().UtcDateTime;
        report.SubmittedById = actor.UserId;
        report.SubmittedBy = actor.Name;
        report.Comment = null;
        report.Figures = (live with { Sections = template.Sections }).ToJson();
        await SaveAsync(cancellationToken);
    }

    /// <summary>Approves a submitted report; only an approver of the unit, and not the person who submitted it.</summary>
    public async Task ApproveAsync(Guid unitId, Period period, Guid? version, CancellationToken cancellationToken = default)
    {
        var report = await DecisionAsync(unitId, period, version, ReportStatus.Submitted, cancellationToken);
        if (report.SubmittedById is not null && report.SubmittedById == actor.UserId)
        {
            throw ValidationException.For(string.Empty, Texts.FollowUp_OwnApproval);
        }

        report.Status = ReportStatus.Approved;
        report.DecidedAt = time.GetUtcNow().UtcDateTime;
        report.DecidedBy = actor.Name;
        await SaveAsync(cancellationToken);
    }

    /// <summary>Sends a submitted report back to the unit with a comment saying what to change; it becomes editable again.</summary>
    public Task ReturnAsync(Guid unitId, Period period, string? comment, Guid? version, CancellationToken cancellationToken = default) =>
        ReopenOrReturnAsync(unitId, period, comment, version, ReportStatus.Submitted, ReportStatus.Returned, Texts.FollowUp_ReturnComment_Required, cancellationToken);

    /// <summary>Reopens an approved report for correction, with the reason; an audited act that unfreezes its figures.</summary>
    public Task ReopenAsync(Guid unitId, Period period, string? reason, Guid? version, CancellationToken cancellationToken = default) =>
        ReopenOrReturnAsync(unitId, period, reason, version, ReportStatus.Approved, ReportStatus.Draft, Texts.FollowUp_ReopenReason_Required, cancellationToken);

    /// <summary>
    /// The level above: its units × the periods of the year, each cell with the report's status and the goals' colours,
    /// and the units whose report is overdue. A fixed number of queries whatever the number of units.
    /// </summary>
    public async Task<ReportOverview> OverviewAsync(Guid unitId, int year, DateOnly today, CancellationToken cancellationToken = default)
    {
        var top = await access.RequireAsync(unitId, AccessLevel.Read, cancellationToken);
        var prefix = top.Path;
        var subtree = await db.OrgUnits.AsNoTracking().Where(u => u.Path.StartsWith(prefix) && !u.IsArchived)
            .Select(u => new { u.Id, u.Name, u.Path, u.ParentId, u.Kind }).ToListAsync(cancellationToken);
        var names = subtree.ToDictionary(u => u.Id, u => u.Name);
        var units = subtree.Where(u => u.Kind == OrgUnitKind.Unit).OrderBy(u => u.ParentId is { } p ? names.GetValueOrDefault(p) : string.Empty, StringComparer.CurrentCulture)
            .ThenBy(u => u.Name, StringComparer.CurrentCulture)
            .Select(u => new OverviewUnit(u.Id, u.Name, u.ParentId is { } p ? names.GetValueOrDefault(p) : null)).ToList();
        var reports = await (
            from r in db.FollowUpReports
            join u in db.OrgUnits on r.OrgUnitId equals u.Id
            where u.Path.StartsWith(prefix) && r.Year == year
            select new { r.OrgUnitId, r.PeriodKind, r.StartMonth, r.EndMonth, r.Status }).ToListAsync(cancellationToken);
        var colours = await (
            from a in db.GoalAssessments
            join u in db.OrgUnits on a.OrgUnitId equals u.Id
            where u.Path.StartsWith(prefix) && a.Year == year && a.PeriodKind == PeriodKind.Month && a.Colour != null
            select new { a.OrgUnitId, a.StartMonth, a.Colour }).ToListAsync(cancellationToken);
        var settings = await goals.SettingsAsync(top.MunicipalityId, cancellationToken);

        var periods = OverviewPeriods(year);
        var statusOf = reports.ToDictionary(r => (r.OrgUnitId, Period.FromStored(year, r.PeriodKind, r.StartMonth, r.EndMonth)), r => r.Status);
        var colourOf = colours.GroupBy(c => (c.OrgUnitId, c.StartMonth)).ToDictionary(g => g.Key, g => (IReadOnlyList<Rag>)g.Select(c => c.Colour!.Value).OrderBy(c => c).ToList());
        var overdue = periods.Where(p => DueDate(p, settings.ReportDueDay) < today).ToHashSet();
        var latestOverdue = periods.Where(overdue.Contains).OrderByDescending(p => DueDate(p, settings.ReportDueDay)).ThenBy(p => p.Kind).FirstOrDefault();
        var missing = overdue.Count == 0 ? [] : units
            .Where(u => statusOf.GetValueOrDefault((u.Id, latestOverdue)) is not (ReportStatus.Submitted or ReportStatus.Approved))
            .ToList();
        return new ReportOverview(top, year, periods, units, (id, p) => statusOf.TryGetValue((id, p), out var s) ? s : null,
            (id, p) => p.Kind == PeriodKind.Month && colourOf.TryGetValue((id, p.StartMonth), out var c) ? c : [],
            overdue, overdue.Count == 0 ? null : latestOverdue, missing, settings.ReportDueDay);
    }

    public static IReadOnlyList<Period> OverviewPeriods(int year) =>
        [.. Enumerable.Range(1, 12).Select(m => Period.Month(year, m)), Period.Tertial(year, 1), Period.Tertial(year, 2), Period.WholeYear(year)];

    /// <summary>
    /// The report's figures as they are now: each of the unit's own goals of the year with where it sits in the cascade,
    /// its judgement and the proposal, its month row and its indicators with outcome and colour. Six queries.
    /// </summary>
    internal async Task<ReportFigures> ComputeAsync(OrgUnit unit, Period period, MunicipalitySettings settings, CancellationToken cancellationToken)
    {
        var owners = unit.AncestorIds().Append(unit.Id).ToList();
        var cascade = await db.Goals.AsNoTracking().Where(g => owners.Contains(g.OrgUnitId) && g.Year == period.Year).ToListAsync(cancellationToken);
        var byId = cascade.ToDictionary(g => g.Id);
        var own = cascade.Where(g => g.OrgUnitId == unit.Id).OrderBy(g => g.SortOrder).ThenBy(g => g.Title, StringComparer.CurrentCulture).ToList();
        var ownIds = own.Select(g => g.Id).ToList();
        var links = await db.GoalIndicators.AsNoTracking().Where(l => ownIds.Contains(l.GoalId)).ToListAsync(cancellationToken);
        var indicatorIds = links.Select(l => l.IndicatorId).Distinct().ToList();
        var indicators = await db.Indicators.AsNoTracking().Where(i => indicatorIds.Contains(i.Id)).OrderBy(i => i.SortOrder).ToListAsync(cancellationToken);
        var outcomes = (await db.Outcomes.AsNoTracking().Where(o => indicatorIds.Contains(o.IndicatorId)).ToListAsync(cancellationToken)).ToLookup(o => o.IndicatorId);
        var assessments = (await db.GoalAssessments.AsNoTracking().Where(a => ownIds.Contains(a.GoalId) && a.Year == period.Year).ToListAsync(cancellationToken)).ToLookup(a => a.GoalId);
        var numbers = settings.SteerByPerspective ? new Dictionary<Guid, string>() : await goals.NumbersAsync(unit.MunicipalityId, period.Year, cancellationToken);
        var rollUp = settings.ToRollUp();

        var result = new List<GoalFigures>();
        foreach (var goal in own)
        {
            var goalLinks = links.Where(l => l.GoalId == goal.Id).ToList();
            var goalIndicators = indicators.Where(i => goalLinks.Any(l => l.IndicatorId == i.Id)).ToList();
            var goalAssessments = assessments[goal.Id].ToList();
            var (_, _, proposal) = GoalService.Propose(period, goalIndicators, outcomes, goalLinks, goalAssessments, rollUp);
            var stored = goalAssessments.FirstOrDefault(a => a.Period == period);
            var months = Enumerable.Range(1, 12).Select(m => goalAssessments.FirstOrDefault(a => a.Period == Period.Month(period.Year, m))?.Colour).ToList();
            var parents = Parents(goal, byId);
            result.Add(new GoalFigures(
                goal.Id,
                goal.Perspective,
                parents.FirstOrDefault(p => p.Level is GoalLevel.CouncilDirection)?.Title ?? parents.FirstOrDefault()?.Title,
                parents.LastOrDefault(p => p.Level is GoalLevel.Board)?.Title,
                numbers.GetValueOrDefault(goal.Id),
                goal.Title,
                period.Kind == PeriodKind.Month ? stored?.Colour : null,
                period.Kind == PeriodKind.Month ? proposal.Colour : null,
                period.Kind == PeriodKind.Month ? null : stored?.Fulfilment,
                period.Kind == PeriodKind.Month || proposal.Colour is not { } c ? null : RollUp.ToFulfilment(c),
                months,
                goalIndicators.Select(i => Figures(i, outcomes[i.Id].ToList(), period)).ToList()));
        }

        var annual = period.Kind == PeriodKind.Year ? await AnnualAsync(unit, period, cascade, numbers, cancellationToken) : null;
        return new ReportFigures(result, await quality.ComputeAsync(unit, period, cancellationToken), annual);
    }

    /// <summary>
    /// The annual report's cascade: every goal from the council down to the unit's own, in number order, each with the
    /// year's fulfilment its owner judged, and under it the unit's indicators (with last year's outcome) and activities.
    /// Six queries, whatever the number of goals.
    /// </summary>
    private async Task<AnnualFigures> AnnualAsync(OrgUnit unit, Period period, List<Goal> cascade, IReadOnlyDictionary<Guid, string> numbers, CancellationToken cancellationToken)
    {
        var goalIds = cascade.Select(g => g.Id).ToList();
        var fulfilments = await db.GoalAssessments.AsNoTracking()
            .Where(a => goalIds.Contains(a.GoalId) && a.Year == period.Year && a.PeriodKind == PeriodKind.Year && a.Fulfilment != null)
            .ToDictionaryAsync(a => a.GoalId, a => a.Fulfilment, cancellationToken);
        var links = await db.GoalIndicators.AsNoTracking().Where(l => goalIds.Contains(l.GoalId) && l.OrgUnitId == unit.Id).ToListAsync(cancellationToken);
        var indicatorIds = links.Select(l => l.IndicatorId).Distinct().ToList();
        var indicators = await db.Indicators.AsNoTracking().Where(i => indicatorIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
        var previousIds = indicators.Values.Where(i => i.CopiedFromId is not null).Select(i => i.CopiedFromId!.Value).ToList();
        var measured = indicatorIds.Concat(previousIds).ToList();
        var outcomes = (await db.Outcomes.AsNoTracking().Where(o => measured.Contains(o.IndicatorId) && o.OrgUnitId == unit.Id && (o.Year == period.Year || o.Year == period.Year - 1))
            .ToListAsync(cancellationToken)).ToLookup(o => o.IndicatorId);
        var activities = (await db.Activities.AsNoTracking().Where(a => goalIds.Contains(a.GoalId)).ToListAsync(cancellationToken)).ToLookup(a => a.GoalId);
        var table = await register.ComposeAsync(unit, period.Year, cancellationToken);

        var children = cascade.OrderBy(g => numbers.GetValueOrDefault(g.Id), GoalNumberComparer.Instance).ThenBy(g => g.SortOrder)
            .ThenBy(g => g.Title, StringComparer.CurrentCulture).ToLookup(g => g.ParentId is { } p && goalIds.Contains(p) ? p : (Guid?)null);
        var goalsInOrder = new List<AnnualGoal>();
        void Walk(Guid? parent, int depth)
        {
            foreach (var goal in children[parent])
            {
                var rows = links.Where(l => l.GoalId == goal.Id && indicators.ContainsKey(l.IndicatorId)).Select(l => indicators[l.IndicatorId])
                    .OrderBy(i => i.SortOrder).ThenBy(i => i.Name, StringComparer.CurrentCulture)
                    .Select(i => AnnualFigures.Row(i, [.. outcomes[i.Id].Where(o => o.Year == period.Year)],
                        [.. outcomes[i.Id].Concat(i.CopiedFromId is { } from ? outcomes[from] : []).Where(o => o.Year == period.Year - 1)], period))
                    .ToList();
                goalsInOrder.Add(new AnnualGoal(goal.Id, goal.Level, depth, numbers.GetValueOrDefault(goal.Id), goal.Title, goal.OrgUnitId == unit.Id,
                    fulfilments.GetValueOrDefault(goal.Id), goal.Description, goal.ExpectedResults, rows,
                    activities[goal.Id].OrderBy(a => a.SortOrder).Select(AnnualFigures.Row).ToList()));
                Walk(goal.Id, depth + 1);
            }
        }

        Walk(null, 0);
        return new AnnualFigures(goalsInOrder, table.ToBlock());
    }

    private static IndicatorFigures Figures(Indicator indicator, IReadOnlyCollection<Outcome> outcomes, Period period)
    {
        // The period's own outcome; for an indicator measured less often than the report, the latest up to the period's end.
        var outcome = IndicatorService.FindForPeriod(outcomes, period)
            ?? outcomes.Where(o => o.Year == period.Year && o.EndMonth <= period.EndMonth && o.Period != period && !(period.Kind == PeriodKind.Month && indicator.Periodicity == Periodicity.Month))
                .OrderByDescending(o => o.EndMonth).ThenBy(o => o.StartMonth).FirstOrDefault();
        var assessed = outcome is null ? null : IndicatorService.Assess(indicator, outcome, outcomes);
        var text = assessed is null ? string.Empty : outcome!.Period == period ? assessed.Text : $"{assessed.Text} ({outcome.Period.ShortName})";
        return new IndicatorFigures(indicator.Id, indicator.Name, indicator.Scale is { } scale ? ScaleFormatter.Format(scale) : string.Empty, text,
            OutcomeDisplay.Target(indicator.AnnualTarget, indicator.AnnualTargetText, indicator), assessed?.Colour);
    }

    private static List<Goal> Parents(Goal goal, Dictionary<Guid, Goal> byId)
    {
        var parents = new List<Goal>();
        for (var id = goal.ParentId; id is { } p && byId.TryGetValue(p, out var parent) && parents.Count < 10; id = parent.ParentId)
        {
            parents.Insert(0, parent);
        }

        return parents;
    }

    private static IEnumerable<string> AllowedKeys(PlanTemplate template, ReportFigures figures, Period period)
    {
        foreach (var section in template.Sections)
        {
            yield return section.Key;
        }

        if (figures.Annual is { } annual)
        {
            foreach (var key in AnnualFigures.FrontKeys)
            {
                yield return key;
            }

            foreach (var goal in annual.Goals.Where(g => !g.IsOwn))
            {
                yield return AnalysisKey(goal.GoalId);
            }

            foreach (var indicator in annual.Goals.SelectMany(g => g.Indicators))
            {
                yield return AnnualFigures.IndicatorAnalysisKey(indicator.IndicatorId);
            }

            foreach (var activity in annual.Goals.SelectMany(g => g.Activities))
            {
                yield return AnnualFigures.ActivityAnalysisKey(activity.ActivityId);
            }
        }

        foreach (var goal in figures.Goals)
        {
            if (period.Kind == PeriodKind.Month)
            {
                yield return WentWellKey(goal.GoalId);
                yield return MeasuresKey(goal.GoalId);
            }
            else
            {
                yield return AnalysisKey(goal.GoalId);
            }
        }
    }

    private async Task SaveJudgementsAsync(Guid unitId, Period period, ReportInput input, ReportFigures live, CancellationToken cancellationToken)
    {
        var goalIds = live.Goals.Select(g => g.GoalId).ToList();
        var stored = await db.GoalAssessments.Where(a => goalIds.Contains(a.GoalId) && a.Year == period.Year && a.PeriodKind == period.Kind
            && a.StartMonth == period.StartMonth && a.EndMonth == period.EndMonth).ToDictionaryAsync(a => a.GoalId, cancellationToken);
        foreach (var goal in live.Goals)
        {
            var colour = period.Kind == PeriodKind.Month ? input.Colours.GetValueOrDefault(goal.GoalId) : null;
            var fulfilment = period.Kind == PeriodKind.Month ? null : input.Fulfilments.GetValueOrDefault(goal.GoalId);
            if (colour is null && fulfilment is null)
            {
                continue;
            }

            if (colour is { } c && !Enum.IsDefined(c) || fulfilment is { } f && !Enum.IsDefined(f))
            {
                throw ValidationException.For(period.Kind == PeriodKind.Month ? $"Colours[{goal.GoalId}]" : $"Fulfilments[{goal.GoalId}]", Texts.FollowUp_Judgement_Invalid);
            }

            var assessment = stored.GetValueOrDefault(goal.GoalId);
            if (assessment is null)
            {
                assessment = new GoalAssessment { Id = Guid.NewGuid(), GoalId = goal.GoalId, OrgUnitId = unitId, Period = period, Version = Guid.NewGuid() };
                db.GoalAssessments.Add(assessment);
            }

            assessment.Colour = colour;
            assessment.Fulfilment = fulfilment;
            assessment.ProposedColour = period.Kind == PeriodKind.Month ? goal.ProposedColour : ToColour(goal.ProposedFulfilment);
        }
    }

    private static Rag? ToColour(Fulfilment? fulfilment) => fulfilment switch
    {
        Fulfilment.Full => Rag.Green,
        Fulfilment.Partial => Rag.Yellow,
        Fulfilment.NotMet => Rag.Red,
        _ => null,
    };

    private async Task ReopenOrReturnAsync(Guid unitId, Period period, string? comment, Guid? version, ReportStatus from, ReportStatus to, string required, CancellationToken cancellationToken)
    {
        var report = await DecisionAsync(unitId, period, version, from, cancellationToken);
        var text = UserText.Normalise(comment);
        if (text is null)
        {
            throw ValidationException.For("Comment", required);
        }

        if (text.Length > FollowUpReport.CommentMaxLength)
        {
            throw ValidationException.For("Comment", string.Format(CultureInfo.CurrentCulture, Texts.FollowUp_Text_TooLong, FollowUpReport.CommentMaxLength.ToString("N0", CultureInfo.CurrentCulture), text.Length.ToString("N0", CultureInfo.CurrentCulture)));
        }

        report.Status = to;
        report.Comment = text;
        report.Figures = null;
        report.DecidedAt = time.GetUtcNow().UtcDateTime;
        report.DecidedBy = actor.Name;
        await SaveAsync(cancellationToken);
    }

    private async Task<FollowUpReport> DecisionAsync(Guid unitId, Period period, Guid? version, ReportStatus expected, CancellationToken cancellationToken)
    {
        await access.RequireAsync(unitId, AccessLevel.Approve, cancellationToken);
        var report = await FindAsync(unitId, period, tracked: true, cancellationToken) ?? throw new UnitAccessDeniedException(UnitAccessOutcome.NotFound);
        RequireVersion(report, version);
        if (report.Status != expected)
        {
            throw ValidationException.For(string.Empty, string.Format(CultureInfo.CurrentCulture, Texts.FollowUp_WrongStatus, StatusName(report.Status).ToLower(CultureInfo.CurrentCulture)));
        }

        return report;
    }

    private void RequireVersion(FollowUpReport report, Guid? version)
    {
        if (version != report.Version)
        {
            throw new StaleVersionException(Texts.FollowUp_Stale);
        }

        db.Entry(report).Property(r => r.Version).OriginalValue = report.Version;
    }

    private Task<FollowUpReport?> FindAsync(Guid unitId, Period period, bool tracked, CancellationToken cancellationToken)
    {
        var query = tracked ? db.FollowUpReports : db.FollowUpReports.AsNoTracking();
        return query.FirstOrDefaultAsync(r => r.OrgUnitId == unitId && r.Year == period.Year && r.PeriodKind == period.Kind && r.StartMonth == period.StartMonth && r.EndMonth == period.EndMonth, cancellationToken);
    }

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A concurrency conflict, or two people creating the same month's report at once (the unique index).
            throw new StaleVersionException(Texts.FollowUp_Stale);
        }
    }
}

/// <summary>What the report form posts: texts by key, and each goal's colour (a month) or fulfilment (a tertial).</summary>
public sealed class ReportInput
{
    public Dictionary<string, string?> Texts { get; set; } = [];

    public Dictionary<Guid, Rag?> Colours { get; set; } = [];

    public Dictionary<Guid, Fulfilment?> Fulfilments { get; set; } = [];
}

public sealed record ReportView(
    OrgUnit Unit,
    IReadOnlyList<OrgUnit> Ancestors,
    string? Administration,
    Period Period,
    FollowUpReport? Report,
    PlanTemplate Template,
    IReadOnlyDictionary<string, string> Texts,
    ReportFigures Live,
    ReportFigures? Frozen,
    bool SteerByPerspective,
    bool CanEdit,
    bool CanApprove,
    IReadOnlyList<AuditEvent> History,
    DateOnly DueDate)
{
    /// <summary>The figures the report shows: frozen from submission on, live while a draft.</summary>
    public ReportFigures Figures => Frozen ?? Live;

    /// <summary>Sections 4–6 as frozen, or live for a draft and for a report frozen before they existed.</summary>
    public QualityFigures? Quality => Frozen?.Quality ?? Live.Quality;

    public IReadOnlyDictionary<Guid, string> Changes => Frozen?.ChangesIn(Live) ?? new Dictionary<Guid, string>();

    public bool IsEditable => CanEdit && (Report?.IsEditable ?? true);

    public string Title => FollowUpService.Title(Period);

    /// <summary>The board above the unit: the recipient of its annual report unless the unit names another.</summary>
    public string? Board => Ancestors.LastOrDefault(u => u.Kind == OrgUnitKind.Board)?.Name;

    public string? Text(string key) => Texts.GetValueOrDefault(key);
}

public sealed record ReportList(OrgUnit Unit, int Year, IReadOnlyDictionary<Period, ReportStatus> Statuses, bool HasUnitsBelow, int DueDay);

public sealed record OverviewUnit(Guid Id, string Name, string? ParentName);

public sealed record ReportOverview(
    OrgUnit Unit,
    int Year,
    IReadOnlyList<Period> Periods,
    IReadOnlyList<OverviewUnit> Units,
    Func<Guid, Period, ReportStatus?> StatusOf,
    Func<Guid, Period, IReadOnlyList<Rag>> ColoursOf,
    IReadOnlySet<Period> Overdue,
    Period? LatestOverdue,
    IReadOnlyList<OverviewUnit> Missing,
    int DueDay);
