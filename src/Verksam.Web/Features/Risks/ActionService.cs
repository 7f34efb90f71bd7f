using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Verksam.Web.Data;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Features.Processes;
using Verksam.Web.Resources;
using Verksam.Web.Shared.Security;
using Verksam.Web.Shared.Validation;

namespace Verksam.Web.Features.Risks;

/// <summary>Actions (åtgärder): raised by a risk, by a failed egenkontroll or on their own, numbered in one order with the year's egenkontroller.</summary>
public sealed class ActionService(VerksamDbContext db, AccessService access, ProcessService processes, IControlDirectory controls, TimeProvider time)
{
    /// <summary>
    /// Saves an åtgärd of the unit: for a risk, for an egenkontroll, or for a process on its own. What it belongs to
    /// must be the unit's own.
    /// </summary>
    public async Task<QualityAction> SaveActionAsync(Guid unitId, Guid? actionId, ActionEdit edit, Guid? version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edit);
        await access.RequireAsync(unitId, AccessLevel.Edit, cancellationToken);
        var action = actionId is { } id
            ? await db.QualityActions.FirstOrDefaultAsync(a => a.Id == id && a.OrgUnitId == unitId, cancellationToken) ?? throw new UnitAccessDeniedException(UnitAccessOutcome.NotFound)
            : null;
        var year = action?.Year ?? edit.Year ?? time.GetLocalNow().Year;
        if (action is null)
        {
            if (edit.RiskId is { } riskId)
            {
                year = await db.Risks.Where(r => r.Id == riskId && r.OrgUnitId == unitId).Select(r => (int?)r.Year).FirstOrDefaultAsync(cancellationToken)
                    ?? throw new UnitAccessDeniedException(UnitAccessOutcome.NotFound);
            }

            if (edit.ControlId is { } controlId)
            {
                year = await controls.YearOfAsync(unitId, controlId, cancellationToken)
                    ?? throw new UnitAccessDeniedException(UnitAccessOutcome.NotFound);
            }
        }

        var errors = new ValidationErrors();
        var title = UserText.Normalise(edit.Title);
        var description = UserText.Normalise(edit.Description);
        if (title is null && description is null)
        {
            errors.Add("Title", Texts.Action_Title_Required);
        }
        else if (title?.Length > QualityAction.TitleMaxLength)
        {
            errors.Add("Title", string.Format(CultureInfo.CurrentCulture, Texts.Action_Title_TooLong, QualityAction.TitleMaxLength));
        }

        FreeText.Refuse(errors, "Description", Texts.QualityPlan_WhatToDo, description);

        var responsible = UserText.Normalise(edit.Responsible);
        if (responsible?.Length > QualityAction.ResponsibleMaxLength)
        {
            errors.Add("Responsible", string.Format(CultureInfo.CurrentCulture, Texts.Action_Responsible_TooLong, QualityAction.ResponsibleMaxLength));
        }

        PersonalIdentityNumber.Refuse(errors, "Title", Texts.Risk_Actions, title);
        PersonalIdentityNumber.Refuse(errors, "Description", Texts.Common_Description, description);
        PersonalIdentityNumber.Refuse(errors, "Responsible", Texts.Wheel_Responsible, responsible);

        var due = DateInput.Parse(edit.DueDate, "DueDate", Texts.Action_DueDate, errors);
        if (edit.Status is { } s && !Enum.IsDefined(s))
        {
            errors.Add("Status", Texts.Action_Status_Required);
        }

        if (!errors.IsValid)
        {
            throw new ValidationException(errors);
        }

        if (action is null)
        {
            var last = await db.QualityActions.Where(a => a.OrgUnitId == unitId && a.Year == year).MaxAsync(a => (int?)a.SortOrder, cancellationToken) ?? 0;
            var lastControl = await controls.LastSortOrderAsync(unitId, year, cancellationToken) ?? 0;
            action = db.QualityActions.Add(new QualityAction
            {
                Id = Guid.NewGuid(),
                OrgUnitId = unitId,
                Year = year,
                RiskId = edit.RiskId,
                ControlId = edit.ControlId,
                SortOrder = Math.Max(last, lastControl) + 10,
                Version = Guid.NewGuid(),
            }).Entity;
        }
        else
        {
            db.Expect(action, version);
        }

        action.Title = title ?? string.Empty;
        action.Description = description;
        action.Responsible = responsible;
        action.DueDate = due;
        action.Status = edit.Status ?? ActionStatus.Planned;
        if (edit.ProcessId is { } processId)
        {
            action.ProcessId = await processes.BelongsToAsync(unitId, processId, cancellationToken)
                ? processId
                : throw ValidationException.For("ProcessId", Texts.Quality_Process_Unknown);
        }

        await db.SaveOrRefuseAsync(cancellationToken);
        return action;
    }

    /// <summary>The actions a control raised, in order; the caller has checked access.</summary>
    public async Task<IReadOnlyList<QualityAction>> OfControlAsync(Guid controlId, CancellationToken cancellationToken = default) =>
        await db.QualityActions.AsNoTracking().Where(a => a.ControlId == controlId).OrderBy(a => a.SortOrder).ToListAsync(cancellationToken);

    /// <summary>The highest place in the year's order of actions, for a control placed after them.</summary>
    public Task<int?> LastSortOrderAsync(Guid unitId, int year, CancellationToken cancellationToken = default) =>
        db.QualityActions.Where(a => a.OrgUnitId == unitId && a.Year == year).MaxAsync(a => (int?)a.SortOrder, cancellationToken);

    /// <summary>Adds, unsaved, the action a failed control raises; the control's result and the action are saved together by the caller.</summary>
    public async Task AddRaisedByControlAsync(Guid unitId, int year, Guid controlId, Guid? processId, string title, CancellationToken cancellationToken = default)
    {
        var last = await LastSortOrderAsync(unitId, year, cancellationToken) ?? 0;
        db.QualityActions.Add(new QualityAction
        {
            Id = Guid.NewGuid(),
            OrgUnitId = unitId,
            Year = year,
            ControlId = controlId,
            ProcessId = processId,
            Title = title,
            Status = ActionStatus.Planned,
            SortOrder = last + 10,
            Version = Guid.NewGuid(),
        });
    }

    /// <summary>The unit's actions of a year in order, for the quality plan; the caller has checked access.</summary>
    public async Task<IReadOnlyList<QualityAction>> OfYearAsync(Guid unitId, int year, CancellationToken cancellationToken = default) =>
        await db.QualityActions.AsNoTracking().Where(a => a.OrgUnitId == unitId && a.Year == year).OrderBy(a => a.SortOrder).ToListAsync(cancellationToken);
}
