using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Verksam.Web.Data;
using Verksam.Web.Domain.Periods;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Features.Processes;
using Verksam.Web.Features.Risks;
using Verksam.Web.Resources;
using Verksam.Web.Shared.Security;
using Verksam.Web.Shared.Validation;

namespace Verksam.Web.Features.Controls;

/// <summary>
/// The unit's processes and egenkontroller: each control tied to a process and the risk it watches, when it runs and
/// who runs it, its results, and the action a failed control raises. The controls marked as internal control make the
/// year's internal-control plan.
/// </summary>
public sealed class ControlService(VerksamDbContext db, AccessService access, ProcessService processes, RiskService risks, ActionService actions, IAuditActor actor)
{
    /// <summary>The year the unit's egenkontroller opens on when the address names none (<see cref="OpeningPeriod.Year"/>).</summary>
    public async Task<int> OpeningYearAsync(Guid unitId, int currentYear, CancellationToken cancellationToken = default)
    {
        await access.RequireAsync(unitId, AccessLevel.Read, cancellationToken);
        return OpeningPeriod.Year(await LatestYearAsync(unitId, cancellationToken), currentYear);
    }

    /// <summary>
    /// The latest year with egenkontroller or risks, or null: the list shows the year's risks beside its controls, so a
    /// year of risks without controls yet is where to add them. The caller has checked access.
    /// </summary>
    internal async Task<int?> LatestYearAsync(Guid unitId, CancellationToken cancellationToken)
    {
        var controls = await db.SelfMonitorings.Where(x => x.OrgUnitId == unitId).MaxAsync(x => (int?)x.Year, cancellationToken);
        var ofRisks = await risks.LatestYearAsync(unitId, cancellationToken);
        return controls is null ? ofRisks : Math.Max(controls.Value, ofRisks ?? controls.Value);
    }

    public async Task<ControlList> ListAsync(Guid unitId, int year, CancellationToken cancellationToken = default)
    {
        var unit = await access.RequireAsync(unitId, AccessLevel.Read, cancellationToken);
        var canEdit = (await access.GetAsync(cancellationToken)).Allows(unit.Path, AccessLevel.Edit);
        var unitProcesses = await processes.OfUnitAsync(unitId, cancellationToken);
        var controls = await db.SelfMonitorings.AsNoTracking().Where(c => c.OrgUnitId == unitId && c.Year == year).OrderBy(c => c.SortOrder).ToListAsync(cancellationToken);
        var yearRisks = await risks.OfYearAsync(unitId, year, cancellationToken);
        var ids = controls.Select(c => c.Id).ToList();
        var results = (await db.SelfMonitoringResults.AsNoTracking().Where(r => ids.Contains(r.ControlId)).OrderByDescending(r => r.PerformedOn).ToListAsync(cancellationToken))
            .ToLookup(r => r.ControlId);
        var years = await db.SelfMonitorings.Where(c => c.OrgUnitId == unitId).Select(c => c.Year).Distinct().OrderByDescending(y => y).ToListAsync(cancellationToken);
        return new ControlList(unit, year, unitProcesses, controls, yearRisks, results, canEdit, years);
    }

    public async Task<ControlDetails> GetAsync(Guid unitId, Guid controlId, CancellationToken cancellationToken = default)
    {
        var unit = await access.RequireAsync(unitId, AccessLevel.Read, cancellationToken);
        var control = await db.SelfMonitorings.AsNoTracking().FirstOrDefaultAsync(c => c.Id == controlId && c.OrgUnitId == unitId, cancellationToken)
            ?? throw new UnitAccessDeniedException(UnitAccessOutcome.NotFound);
        var canEdit = (await access.GetAsync(cancellationToken)).Allows(unit.Path, AccessLevel.Edit);
        var results = await db.SelfMonitoringResults.AsNoTracking().Where(r => r.ControlId == controlId).OrderByDescending(r => r.PerformedOn).ToListAsync(cancellationToken);
        var raised = await actions.OfControlAsync(controlId, cancellationToken);
        return new ControlDetails(unit, control, results, raised, canEdit);
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
        FreeText.Refuse(errors, "Purpose", Texts.QualityPlan_Purpose, purpose);

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

        PersonalIdentityNumber.Refuse(errors, "Title", Texts.QualityPlan_Control, title);
        PersonalIdentityNumber.Refuse(errors, "Purpose", Texts.QualityPlan_Purpose, purpose);
        PersonalIdentityNumber.Refuse(errors, "Frequency", Texts.Control_Frequency, frequency);
        PersonalIdentityNumber.Refuse(errors, "Responsible", Texts.Wheel_Responsible, responsible);

        if (edit.Months.Count == 0 && frequency is null)
        {
            errors.Add("Months", Texts.Control_When_Required);
        }

        if (edit.ProcessId is { } processId && !await processes.BelongsToAsync(unitId, processId, cancellationToken))
        {
            errors.Add("ProcessId", Texts.Quality_Process_Unknown);
        }

        if (edit.RiskId is { } riskId && !await risks.BelongsToAsync(unitId, riskId, year, cancellationToken))
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
            var lastAction = await actions.LastSortOrderAsync(unitId, year, cancellationToken) ?? 0;
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
        var date = DateInput.Parse(edit.PerformedOn, "PerformedOn", Texts.Control_Date, errors);
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
        else
        {
            FreeText.Refuse(errors, "Note", Texts.Control_Note, note);
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

        PersonalIdentityNumber.Refuse(errors, "Note", Texts.Control_Note, note);
        PersonalIdentityNumber.Refuse(errors, "ActionTitle", Texts.Control_RaiseAction, actionTitle);

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
            await actions.AddRaisedByControlAsync(unitId, control.Year, controlId, control.ProcessId, actionTitle, cancellationToken);
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

    /// <summary>The unit's egenkontroller of a year, for the quality plan; the caller has checked access.</summary>
    public async Task<IReadOnlyList<SelfMonitoring>> OfYearAsync(Guid unitId, int year, CancellationToken cancellationToken = default) =>
        await db.SelfMonitorings.AsNoTracking().Where(c => c.OrgUnitId == unitId && c.Year == year).ToListAsync(cancellationToken);
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
