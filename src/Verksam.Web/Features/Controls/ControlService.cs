using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Verksam.Web.Data;
using Verksam.Web.Domain.Periods;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Features.Processes;
using Verksam.Web.Features.Risks;
using Verksam.Web.Resources;
using Verksam.Web.Shared.Validation;

namespace Verksam.Web.Features.Controls;

/// <summary>
/// The unit's processes and egenkontroller: each control tied to a process and the risk it watches, when it runs and
/// who runs it, its results, and the action a failed control raises. The controls marked as internal control make the
/// year's internal-control plan.
/// </summary>
public sealed class ControlService(VerksamDbContext db, AccessService access, IAuditActor actor, TimeProvider time)
{
    public async Task<ControlList> ListAsync(Guid unitId, int year, CancellationToken cancellationToken = default)
    {
        var unit = await access.RequireAsync(unitId, AccessLevel.Read, cancellationToken);
        var canEdit = (await access.GetAsync(cancellationToken)).Allows(unit.Path, AccessLevel.Edit);
        var processes = await db.QualityProcesses.AsNoTracking().Where(p => p.OrgUnitId == unitId).OrderBy(p => p.SortOrder).ToListAsync(cancellationToken);
        var controls = await db.SelfMonitorings.AsNoTracking().Where(c => c.OrgUnitId == unitId && c.Year == year).OrderBy(c => c.SortOrder).ToListAsync(cancellationToken);
        var risks = await db.Risks.AsNoTracking().Where(r => r.OrgUnitId == unitId && r.Year == year).OrderBy(r => r.SortOrder).ToListAsync(cancellationToken);
        var ids = controls.Select(c => c.Id).ToList();
        var results = (await db.SelfMonitoringResults.AsNoTracking().Where(r => ids.Contains(r.ControlId)).OrderByDescending(r => r.PerformedOn).ToListAsync(cancellationToken))
            .ToLookup(r => r.ControlId);
        var years = await db.SelfMonitorings.Where(c => c.OrgUnitId == unitId).Select(c => c.Year).Distinct().OrderByDescending(y => y).ToListAsync(cancellationToken);
        return new ControlList(unit, year, processes, controls, risks, results, canEdit, years);
    }

    public async Task<ControlDetails> GetAsync(Guid unitId, Guid controlId, CancellationToken cancellationToken = default)
    {
        var unit = await access.RequireAsync(unitId, AccessLevel.Read, cancellationToken);
        var control = await db.SelfMonitorings.AsNoTracking().FirstOrDefaultAsync(c => c.Id == controlId && c.OrgUnitId == unitId, cancellationToken)
            ?? throw new UnitAccessDeniedException(UnitAccessOutcome.NotFound);
        var canEdit = (await access.GetAsync(cancellationToken)).Allows(unit.Path, AccessLevel.Edit);
        var results = await db.SelfMonitoringResults.AsNoTracking().Where(r => r.ControlId == controlId).OrderByDescending(r => r.PerformedOn).ToListAsync(cancellationToken);
        var actions = await db.QualityActions.AsNoTracking().Where(a => a.ControlId == controlId).OrderBy(a => a.SortOrder).ToListAsync(cancellationToken);
        return new ControlDetails(unit, control, results, actions, canEdit);
    }

    /// <summary>A process with the unit's indicators of the year to choose from, and those the quality plan shows under it.</summary>
    /// <remarks>Without a year: this year, or the latest year before it that the unit has indicators for.</remarks>
    public async Task<ProcessIndicators> ProcessIndicatorsAsync(Guid unitId, Guid processId, int? year, CancellationToken cancellationToken = default)
    {
        var unit = await access.RequireAsync(unitId, AccessLevel.Read, cancellationToken);
        var process = await db.QualityProcesses.AsNoTracking().FirstOrDefaultAsync(p => p.Id == processId && p.OrgUnitId == unitId, cancellationToken)
            ?? throw new UnitAccessDeniedException(UnitAccessOutcome.NotFound);
        year ??= await IndicatorYearAsync(unitId, cancellationToken);
        var indicators = await db.Indicators.AsNoTracking().Where(i => i.OrgUnitId == unitId && i.Year == year.Value).OrderBy(i => i.SortOrder).ThenBy(i => i.Name).ToListAsync(cancellationToken);
        var ids = indicators.Select(i => i.Id).ToList();
        var linked = await db.ProcessIndicators.AsNoTracking().Where(l => l.ProcessId == processId && ids.Contains(l.IndicatorId)).Select(l => l.IndicatorId).ToListAsync(cancellationToken);
        var canEdit = (await access.GetAsync(cancellationToken)).Allows(unit.Path, AccessLevel.Edit);
        return new ProcessIndicators(unit, process, year.Value, indicators, linked.ToHashSet(), Stamp(linked), canEdit);
    }

    /// <summary>
    /// Sets which of the unit's indicators of the year the quality plan shows under the process, in the indicators'
    /// order. Other years' links stay. <paramref name="stamp"/> is the one the form was opened with.
    /// </summary>
    public async Task SetProcessIndicatorsAsync(Guid unitId, Guid processId, int year, IReadOnlyCollection<Guid> chosen, string? stamp, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(chosen);
        await access.RequireAsync(unitId, AccessLevel.Edit, cancellationToken);
        if (!await db.QualityProcesses.AnyAsync(p => p.Id == processId && p.OrgUnitId == unitId, cancellationToken))
        {
            throw new UnitAccessDeniedException(UnitAccessOutcome.NotFound);
        }

        var indicators = await db.Indicators.AsNoTracking().Where(i => i.OrgUnitId == unitId && i.Year == year).OrderBy(i => i.SortOrder).ThenBy(i => i.Name).Select(i => i.Id).ToListAsync(cancellationToken);
        if (chosen.Any(id => !indicators.Contains(id)))
        {
            throw ValidationException.For(string.Empty, Texts.Process_Indicators_Unknown);
        }

        var links = await db.ProcessIndicators.Where(l => l.ProcessId == processId && indicators.Contains(l.IndicatorId)).ToListAsync(cancellationToken);
        if (stamp != Stamp(links.Select(l => l.IndicatorId)))
        {
            throw new StaleVersionException(Texts.Concurrency_Stale);
        }

        db.ProcessIndicators.RemoveRange(links.Where(l => !chosen.Contains(l.IndicatorId)));
        for (var i = 0; i < indicators.Count; i++)
        {
            if (!chosen.Contains(indicators[i]))
            {
                continue;
            }

            var link = links.FirstOrDefault(l => l.IndicatorId == indicators[i]);
            if (link is null)
            {
                db.ProcessIndicators.Add(new ProcessIndicator { ProcessId = processId, IndicatorId = indicators[i], OrgUnitId = unitId, SortOrder = (i + 1) * 10 });
            }
            else
            {
                link.SortOrder = (i + 1) * 10;
            }
        }

        await db.SaveOrRefuseAsync(cancellationToken);
    }

    /// <summary>This year, or the latest year before it that the unit has indicators for.</summary>
    public async Task<int> IndicatorYearAsync(Guid unitId, CancellationToken cancellationToken = default)
    {
        var thisYear = time.GetLocalNow().Year;
        return await db.Indicators.Where(i => i.OrgUnitId == unitId && i.Year <= thisYear).MaxAsync(i => (int?)i.Year, cancellationToken) ?? thisYear;
    }

    private static string Stamp(IEnumerable<Guid> indicatorIds) => SetStamp.Of(indicatorIds.Select(id => id.ToString("N")));

    public async Task<QualityProcess> SaveProcessAsync(Guid unitId, Guid? processId, string? name, Guid? version, CancellationToken cancellationToken = default)
    {
        await access.RequireAsync(unitId, AccessLevel.Edit, cancellationToken);
        var process = processId is { } id
            ? await db.QualityProcesses.FirstOrDefaultAsync(p => p.Id == id && p.OrgUnitId == unitId, cancellationToken) ?? throw new UnitAccessDeniedException(UnitAccessOutcome.NotFound)
            : null;
        var text = UserText.Normalise(name);
        if (text is null)
        {
            throw ValidationException.For("Name", Texts.Process_Name_Required);
        }

        if (text.Length > QualityProcess.NameMaxLength)
        {
            throw ValidationException.For("Name", string.Format(CultureInfo.CurrentCulture, Texts.Process_Name_TooLong, QualityProcess.NameMaxLength));
        }

        if (process is null)
        {
            var last = await db.QualityProcesses.Where(p => p.OrgUnitId == unitId).MaxAsync(p => (int?)p.SortOrder, cancellationToken) ?? 0;
            process = db.QualityProcesses.Add(new QualityProcess { Id = Guid.NewGuid(), OrgUnitId = unitId, SortOrder = last + 10, Version = Guid.NewGuid() }).Entity;
        }
        else
        {
            db.Expect(process, version);
        }

        process.Name = text;
        await db.SaveOrRefuseAsync(cancellationToken);
        return process;
    }

    public async Task<SelfMonitoring> SaveAsync(Guid unitId, Guid? controlId, ControlEdit edit, Guid? version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edit);
        await access.RequireAsync(unitId, AccessLevel.Edit, cancellationToken);
        var control = controlId is { } id
            ? await db.SelfMonitorings.FirstOrDefaultAsync(c => c.Id == id && c.OrgUnitId == unitId, cancellationToken) ?? throw new UnitAccessDeniedException(UnitAccessOutcome.NotFound)
            : null;
        var year = control?.Year ?? edit.Year ?? throw ValidationException.For("Year", Texts.Wheel_Year_Required);
        var errors = new ValidationErrors();
        var title = UserText.Normalise(edit.Title);
        if (title is null)
        {
            errors.Add("Title", Texts.Control_Title_Required);
        }
        else if (title.Length > SelfMonitoring.TitleMaxLength)
        {
            errors.Add("Title", string.Format(CultureInfo.CurrentCulture, Texts.Control_Title_TooLong, SelfMonitoring.TitleMaxLength));
        }

        var purpose = UserText.Normalise(edit.Purpose);
        if (purpose?.Length > SelfMonitoring.PurposeMaxLength)
        {
            errors.Add("Purpose", string.Format(CultureInfo.CurrentCulture, Texts.Control_Purpose_TooLong, SelfMonitoring.PurposeMaxLength));
        }

        var frequency = UserText.Normalise(edit.Frequency);
        var responsible = UserText.Normalise(edit.Responsible);
        if (frequency?.Length > SelfMonitoring.FrequencyMaxLength)
        {
            errors.Add("Frequency", string.Format(CultureInfo.CurrentCulture, Texts.Control_Frequency_TooLong, SelfMonitoring.FrequencyMaxLength));
        }

        if (responsible?.Length > SelfMonitoring.ResponsibleMaxLength)
        {
            errors.Add("Responsible", string.Format(CultureInfo.CurrentCulture, Texts.Action_Responsible_TooLong, SelfMonitoring.ResponsibleMaxLength));
        }

        if (edit.Months.Count == 0 && frequency is null)
        {
            errors.Add("Months", Texts.Control_When_Required);
        }

        if (edit.ProcessId is { } processId && !await db.QualityProcesses.AnyAsync(p => p.Id == processId && p.OrgUnitId == unitId, cancellationToken))
        {
            errors.Add("ProcessId", Texts.Quality_Process_Unknown);
        }

        if (edit.RiskId is { } riskId && !await db.Risks.AnyAsync(r => r.Id == riskId && r.OrgUnitId == unitId && r.Year == year, cancellationToken))
        {
            errors.Add("RiskId", Texts.Control_Risk_Unknown);
        }

        if (!errors.IsValid)
        {
            throw new ValidationException(errors);
        }

        if (control is null)
        {
            var last = await db.SelfMonitorings.Where(c => c.OrgUnitId == unitId && c.Year == year).MaxAsync(c => (int?)c.SortOrder, cancellationToken) ?? 0;
            var lastAction = await db.QualityActions.Where(a => a.OrgUnitId == unitId && a.Year == year).MaxAsync(a => (int?)a.SortOrder, cancellationToken) ?? 0;
            control = db.SelfMonitorings.Add(new SelfMonitoring { Id = Guid.NewGuid(), OrgUnitId = unitId, Year = year, SortOrder = Math.Max(last, lastAction) + 10, Version = Guid.NewGuid() }).Entity;
        }
        else
        {
            db.Expect(control, version);
        }

        control.Title = title!;
        control.Purpose = purpose;
        control.ProcessId = edit.ProcessId;
        control.RiskId = edit.RiskId;
        control.Months = SelfMonitoring.MonthsMask(edit.Months);
        control.Frequency = frequency;
        control.Responsible = responsible;
        control.IsInternalControl = edit.IsInternalControl;
        await db.SaveOrRefuseAsync(cancellationToken);
        return control;
    }

    /// <summary>Records what a run of the control found; when it found shortcomings, the action to take may be raised with it.</summary>
    public async Task<SelfMonitoringResult> AddResultAsync(Guid unitId, Guid controlId, ResultEdit edit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edit);
        await access.RequireAsync(unitId, AccessLevel.Edit, cancellationToken);
        var control = await db.SelfMonitorings.AsNoTracking().FirstOrDefaultAsync(c => c.Id == controlId && c.OrgUnitId == unitId, cancellationToken)
            ?? throw new UnitAccessDeniedException(UnitAccessOutcome.NotFound);
        var errors = new ValidationErrors();
        var date = DateInput.Parse(edit.PerformedOn, "PerformedOn", errors);
        if (date is null && !errors.Any())
        {
            errors.Add("PerformedOn", Texts.Control_Date_Required);
        }

        if (edit.Passed is null)
        {
            errors.Add("Passed", Texts.Control_Passed_Required);
        }

        var note = UserText.Normalise(edit.Note);
        if (edit.Passed == false && note is null)
        {
            errors.Add("Note", Texts.Control_Note_Required);
        }
        else if (note?.Length > SelfMonitoringResult.NoteMaxLength)
        {
            errors.Add("Note", string.Format(CultureInfo.CurrentCulture, Texts.Control_Note_TooLong, SelfMonitoringResult.NoteMaxLength));
        }

        var actionTitle = UserText.Normalise(edit.ActionTitle);
        if (actionTitle is not null && edit.Passed != false)
        {
            errors.Add("ActionTitle", Texts.Control_Action_OnlyWhenFailed);
        }
        else if (actionTitle?.Length > QualityAction.TitleMaxLength)
        {
            errors.Add("ActionTitle", string.Format(CultureInfo.CurrentCulture, Texts.Action_Title_TooLong, QualityAction.TitleMaxLength));
        }

        if (!errors.IsValid)
        {
            throw new ValidationException(errors);
        }

        var result = db.SelfMonitoringResults.Add(new SelfMonitoringResult
        {
            Id = Guid.NewGuid(),
            ControlId = controlId,
            OrgUnitId = unitId,
            PerformedOn = date!.Value,
            Passed = edit.Passed!.Value,
            Note = note,
            RecordedBy = VerksamDbContext.Truncate(actor.Name, Shared.Auditing.AuditEvent.ActorMaxLength),
        }).Entity;
        if (actionTitle is not null)
        {
            var last = await db.QualityActions.Where(a => a.OrgUnitId == unitId && a.Year == control.Year).MaxAsync(a => (int?)a.SortOrder, cancellationToken) ?? 0;
            db.QualityActions.Add(new QualityAction
            {
                Id = Guid.NewGuid(),
                OrgUnitId = unitId,
                Year = control.Year,
                ControlId = controlId,
                ProcessId = control.ProcessId,
                Title = actionTitle,
                Status = ActionStatus.Planned,
                SortOrder = last + 10,
                Version = Guid.NewGuid(),
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        return result;
    }

    public static string When(SelfMonitoring control)
    {
        ArgumentNullException.ThrowIfNull(control);
        var months = control.RunMonths().Select(Period.MonthName).ToList();
        var parts = new List<string>();
        if (months.Count > 0)
        {
            parts.Add(string.Join(", ", months));
        }

        if (control.Frequency is { } f)
        {
            parts.Add(f);
        }

        return string.Join("; ", parts);
    }
}

public sealed record ControlList(
    OrgUnit Unit,
    int Year,
    IReadOnlyList<QualityProcess> Processes,
    IReadOnlyList<SelfMonitoring> Controls,
    IReadOnlyList<Risk> Risks,
    ILookup<Guid, SelfMonitoringResult> Results,
    bool CanEdit,
    IReadOnlyList<int> Years);

public sealed record ControlDetails(OrgUnit Unit, SelfMonitoring Control, IReadOnlyList<SelfMonitoringResult> Results, IReadOnlyList<QualityAction> Actions, bool CanEdit);

public sealed class ControlEdit
{
    public int? Year { get; set; }

    public string? Title { get; set; }

    public string? Purpose { get; set; }

    public Guid? ProcessId { get; set; }

    public Guid? RiskId { get; set; }

    public List<int> Months { get; set; } = [];

    public string? Frequency { get; set; }

    public string? Responsible { get; set; }

    public bool IsInternalControl { get; set; }
}

public sealed class ResultEdit
{
    public string? PerformedOn { get; set; }

    public bool? Passed { get; set; }

    public string? Note { get; set; }

    public string? ActionTitle { get; set; }
}

/// <summary>A process's quality indicators for a year: the unit's indicators and which of them are linked.</summary>
public sealed record ProcessIndicators(OrgUnit Unit, QualityProcess Process, int Year, IReadOnlyList<Indicators.Indicator> Indicators, IReadOnlySet<Guid> Linked, string Stamp, bool CanEdit);
