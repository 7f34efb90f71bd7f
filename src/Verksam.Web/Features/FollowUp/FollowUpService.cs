using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Verksam.Web.Data;
using Verksam.Web.Domain.Assessment;
using Verksam.Web.Domain.Periods;
using Verksam.Web.Domain.Scales;
using Verksam.Web.Features.Goals;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Features.Plans;
using Verksam.Web.Resources;
using Verksam.Web.Shared.Auditing;
using Verksam.Web.Shared.Security;
using Verksam.Web.Shared.Validation;

namespace Verksam.Web.Features.FollowUp;

/// <summary>
/// The monthly and tertial follow-up report of a unit: writing it (texts and the goals' judgements), submitting it, and
/// the level above approving it or sending it back. From submission its figures are frozen.
/// </summary>
public sealed partial class FollowUpService(VerksamDbContext db, AccessService access, OrgUnitService orgUnits, MunicipalitySettingsService municipalities, TemplateService templates, ReportFiguresBuilder figures, GoalAssessmentService assessments, AuditLogService audit, IAuditActor actor, TimeProvider time, Notifications.NotificationService notifications)
{
    public async Task<ReportView> GetAsync(Guid unitId, Period period, CancellationToken cancellationToken = default)
    {
        var unit = await access.RequireAsync(unitId, AccessLevel.BoardMember, cancellationToken);
        if (!IsReportPeriod(period))
        {
            throw new UnitAccessDeniedException(UnitAccessOutcome.NotFound);
        }

        var level = (await access.GetAsync(cancellationToken)).LevelAt(unit.Path);
        var report = await FindAsync(unitId, period, tracked: false, cancellationToken);
        if (level < AccessLevel.Read && report?.Status != ReportStatus.Approved)
        {
            // A board member reads a report once it is approved: never a draft, nor one waiting for approval.
            await access.RecordDenialAsync(unit.Id, AccessLevel.Read, cancellationToken);
            throw new UnitAccessDeniedException(UnitAccessOutcome.Forbidden);
        }
        var texts = report is null ? new Dictionary<string, string>()
            : await db.FollowUpTexts.AsNoTracking().Where(t => t.ReportId == report.Id).ToDictionaryAsync(t => t.Key, t => t.Text, cancellationToken);
        var template = await templates.ResolveAsync(unit.MunicipalityId, KindOf(period), cancellationToken);
        var settings = await municipalities.GetAsync(unit.MunicipalityId, cancellationToken);
        var live = await figures.ComputeAsync(unit, period, settings, cancellationToken);
        var frozen = report?.Figures is { } json ? ReportFigures.FromJson(json) : null;
        var history = report is null ? [] : await audit.ForEntityAsync(unitId, nameof(FollowUpReport), report.Id.ToString(), cancellationToken);
        var context = await orgUnits.ListAsync(unit.AncestorIds(), cancellationToken);
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
    /// The unit's reports of a year, by period, for its list page. Without a year, the latest year the unit or a unit
    /// below it has reports for (a förvaltning opens where its units' reports are), else <paramref name="fallbackYear"/>.
    /// </summary>
    public async Task<ReportList> ListAsync(Guid unitId, int? year, int fallbackYear, CancellationToken cancellationToken = default)
    {
        var unit = await access.RequireAsync(unitId, AccessLevel.Read, cancellationToken);
        var subtree = orgUnits.IdsUnder(unit.Path);
        year ??= OpeningPeriod.Year(await db.FollowUpReports.Where(r => subtree.Contains(r.OrgUnitId)).MaxAsync(r => (int?)r.Year, cancellationToken), fallbackYear);
        var reports = await db.FollowUpReports.AsNoTracking().Where(r => r.OrgUnitId == unitId && r.Year == year)
            .Select(r => new { r.Year, r.PeriodKind, r.StartMonth, r.EndMonth, r.Status }).ToListAsync(cancellationToken);
        var below = await orgUnits.HasUnitsBelowAsync(unit, cancellationToken);
        var settings = await municipalities.GetAsync(unit.MunicipalityId, cancellationToken);
        return new ReportList(unit, year.Value, reports.ToDictionary(r => Period.FromStored(r.Year, r.PeriodKind, r.StartMonth, r.EndMonth), r => r.Status), below, settings.ReportDueDay, settings.ReportUse);
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
        var settings = await municipalities.GetAsync(unit.MunicipalityId, cancellationToken);
        var live = await figures.ComputeAsync(unit, period, settings, cancellationToken);
        var allowed = AllowedFields(template, live, period);
        var errors = new ValidationErrors();
        foreach (var (key, text) in input.Texts)
        {
            if (!allowed.TryGetValue(key, out var field))
            {
                continue;
            }

            if (FreeText.Refuse(errors, $"Texts[{key}]", field, text))
            {
                continue;
            }

            if (PersonalIdentityNumber.IsIn(text))
            {
                // The report goes to the board as a public document: no one in care may be named by number in it.
                errors.Add($"Texts[{key}]", string.Format(CultureInfo.CurrentCulture, Texts.Document_PersonalIdentityNumber, field));
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
        foreach (var key in allowed.Keys)
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

        var settings = await municipalities.GetAsync(unit.MunicipalityId, cancellationToken);
        var live = await figures.ComputeAsync(unit, period, settings, cancellationToken);
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
        await NoticeSubmittedAsync(unit, report, cancellationToken);
        await SaveAsync(cancellationToken);
    }

    /// <summary>Approves a submitted report; only an approver of the unit, and not the person who submitted it.</summary>
    public async Task ApproveAsync(Guid unitId, Period period, Guid? version, CancellationToken cancellationToken = default)
    {
        var (unit, report) = await DecisionAsync(unitId, period, version, ReportStatus.Submitted, cancellationToken);
        if (report.SubmittedById is not null && report.SubmittedById == actor.UserId)
        {
            throw ValidationException.For(string.Empty, Texts.FollowUp_OwnApproval);
        }

        report.Status = ReportStatus.Approved;
        report.DecidedAt = time.GetUtcNow().UtcDateTime;
        report.DecidedBy = actor.Name;
        await NoticeDecidedAsync(unit, report, cancellationToken);
        await SaveAsync(cancellationToken);
    }

    /// <summary>Sends a submitted report back to the unit with a comment saying what to change; it becomes editable again.</summary>
    public Task ReturnAsync(Guid unitId, Period period, string? comment, Guid? version, CancellationToken cancellationToken = default) =>
        ReopenOrReturnAsync(unitId, period, comment, version, ReportStatus.Submitted, ReportStatus.Returned, Texts.FollowUp_ReturnComment_Required, cancellationToken);

    /// <summary>Reopens an approved report for correction, with the reason; an audited act that unfreezes its figures.</summary>
    public Task ReopenAsync(Guid unitId, Period period, string? reason, Guid? version, CancellationToken cancellationToken = default) =>
        ReopenOrReturnAsync(unitId, period, reason, version, ReportStatus.Approved, ReportStatus.Draft, Texts.FollowUp_ReopenReason_Required, cancellationToken);

    private async Task SaveJudgementsAsync(Guid unitId, Period period, ReportInput input, ReportFigures live, CancellationToken cancellationToken)
    {
        var judgements = new List<ReportJudgement>();
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

            var proposed = period.Kind == PeriodKind.Month ? goal.ProposedColour : goal.ProposedFulfilment is { } p ? RollUp.ToColour(p) : null;
            judgements.Add(new ReportJudgement(goal.GoalId, colour, fulfilment, proposed));
        }

        await assessments.AddReportJudgementsAsync(unitId, period, judgements, cancellationToken);
    }
    private async Task ReopenOrReturnAsync(Guid unitId, Period period, string? comment, Guid? version, ReportStatus from, ReportStatus to, string required, CancellationToken cancellationToken)
    {
        var (unit, report) = await DecisionAsync(unitId, period, version, from, cancellationToken);
        var text = UserText.Normalise(comment);
        if (text is null)
        {
            throw ValidationException.For("Comment", required);
        }

        if (text.Length > FreeText.MaxLength)
        {
            throw ValidationException.For("Comment", FreeText.TooLong(Texts.Common_Comment, text.Length));
        }

        var errors = new ValidationErrors();
        if (PersonalIdentityNumber.Refuse(errors, "Comment", Texts.Common_Comment, text))
        {
            throw new ValidationException(errors);
        }

        report.Status = to;
        report.Comment = text;
        report.Figures = null;
        report.DecidedAt = time.GetUtcNow().UtcDateTime;
        report.DecidedBy = actor.Name;
        if (to == ReportStatus.Returned)
        {
            await NoticeDecidedAsync(unit, report, cancellationToken);
        }

        await SaveAsync(cancellationToken);
    }

    private async Task<(OrgUnit Unit, FollowUpReport Report)> DecisionAsync(Guid unitId, Period period, Guid? version, ReportStatus expected, CancellationToken cancellationToken)
    {
        var unit = await access.RequireAsync(unitId, AccessLevel.Approve, cancellationToken);
        var report = await FindAsync(unitId, period, tracked: true, cancellationToken) ?? throw new UnitAccessDeniedException(UnitAccessOutcome.NotFound);
        RequireVersion(report, version);
        if (report.Status != expected)
        {
            throw ValidationException.For(string.Empty, string.Format(CultureInfo.CurrentCulture, Texts.FollowUp_WrongStatus, StatusName(report.Status).ToLower(CultureInfo.CurrentCulture)));
        }

        return (unit, report);
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
