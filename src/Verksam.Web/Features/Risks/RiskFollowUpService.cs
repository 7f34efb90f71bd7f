using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Verksam.Web.Data;
using Verksam.Web.Domain.Periods;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Resources;
using Verksam.Web.Shared.Security;
using Verksam.Web.Shared.Validation;

namespace Verksam.Web.Features.Risks;

/// <summary>
/// The risk follow-up of a period (seed 000's section 4): a risk at or over the threshold is always followed up; one
/// that falls below leaves the follow-up only with a comment saying why.
/// </summary>
public sealed class RiskFollowUpService(VerksamDbContext db, AccessService access, RiskService risks)
{
    /// <summary>
    /// The risks followed up in a period: every risk of the year in the follow-up (a risk at or over the threshold is
    /// in it whatever anyone chose), with its actions and its mark for the period; and the risks of the year taken out,
    /// with why.
    /// </summary>
    public async Task<RiskFollowUpView> FollowUpAsync(Guid unitId, Period period, CancellationToken cancellationToken = default)
    {
        var unit = await access.RequireAsync(unitId, AccessLevel.Read, cancellationToken);
        var canEdit = (await access.GetAsync(cancellationToken)).Allows(unit.Path, AccessLevel.Edit);
        return await LoadFollowUpAsync(unit, period, canEdit, cancellationToken);
    }

    /// <summary>The follow-up of a unit whose access the caller has already checked.</summary>
    internal async Task<RiskFollowUpView> LoadFollowUpAsync(OrgUnit unit, Period period, bool canEdit, CancellationToken cancellationToken)
    {
        var unitId = unit.Id;
        var register = await risks.LoadRegisterAsync(unit, period.Year, canEdit, cancellationToken);
        var marks = await db.RiskFollowUps.AsNoTracking()
            .Where(f => f.OrgUnitId == unitId && f.Year == period.Year && f.PeriodKind == period.Kind && f.StartMonth == period.StartMonth && f.EndMonth == period.EndMonth)
            .ToDictionaryAsync(f => f.RiskId, cancellationToken);
        var followed = register.Risks.Where(r => r.InFollowUp || r.Score >= register.Settings.Threshold).ToList();
        var removed = register.Risks.Where(r => !r.InFollowUp && r.RemovalComment is not null && !(r.Score >= register.Settings.Threshold)).ToList();
        return new RiskFollowUpView(register, period, followed, removed, marks);
    }

    /// <summary>
    /// The units' risks of the period's year that the follow-up of <paramref name="period"/> still lacks a mark for: those
    /// taken into the follow-up, and those at or over their municipality's threshold (<paramref name="thresholdOf"/>,
    /// by unit), which are always in it. One query; at most <paramref name="limit"/>.
    /// </summary>
    public async Task<IReadOnlyList<Risk>> UnmarkedAsync(IQueryable<Guid> unitIds, Period period, Func<Guid, int> thresholdOf, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(thresholdOf);
        var candidates = await db.Risks.AsNoTracking()
            .Where(r => unitIds.Contains(r.OrgUnitId) && r.Year == period.Year && (r.InFollowUp || r.Likelihood != null && r.Consequence != null)
                && !db.RiskFollowUps.Any(f => f.RiskId == r.Id && f.Mark != null && f.Year == period.Year && f.PeriodKind == period.Kind && f.StartMonth == period.StartMonth && f.EndMonth == period.EndMonth))
            .OrderBy(r => r.OrgUnitId).ThenBy(r => r.SortOrder).ToListAsync(cancellationToken);
        return [.. candidates.Where(r => r.InFollowUp || r.Score >= thresholdOf(r.OrgUnitId)).Take(limit)];
    }

    /// <summary>
    /// Marks each followed-up risk for the period. A risk without actions needs the date its action plan will be ready.
    /// All or nothing: one refused risk saves none.
    /// </summary>
    public async Task SaveFollowUpAsync(Guid unitId, Period period, IReadOnlyList<RiskMarkEdit> marks, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(marks);
        var view = await FollowUpAsync(unitId, period, cancellationToken);
        if (!view.Register.CanEdit)
        {
            await access.RecordDenialAsync(unitId, AccessLevel.Edit, cancellationToken);
            throw new UnitAccessDeniedException(UnitAccessOutcome.Forbidden);
        }

        var followed = view.Risks.ToDictionary(r => r.Id);
        var errors = new ValidationErrors();
        var planned = new List<(RiskMarkEdit Edit, Risk Risk, DateOnly? Due, string? Comment)>();
        for (var i = 0; i < marks.Count; i++)
        {
            var edit = marks[i];
            if (!followed.TryGetValue(edit.RiskId, out var risk))
            {
                throw new UnitAccessDeniedException(UnitAccessOutcome.NotFound);
            }

            var comment = UserText.Normalise(edit.Comment);
            FreeText.Refuse(errors, $"Marks[{i}].Comment", Texts.Common_Comment, comment);

            PersonalIdentityNumber.Refuse(errors, $"Marks[{i}].Comment", Texts.Common_Comment, comment);

            var due = DateInput.Parse(edit.ActionPlanDue, $"Marks[{i}].ActionPlanDue", Texts.Risk_ActionPlanDue, errors);
            if (edit.Mark is not null && view.Register.Actions[risk.Id].Any() is false && (due ?? risk.ActionPlanDue) is null)
            {
                errors.Add($"Marks[{i}].ActionPlanDue", string.Format(CultureInfo.CurrentCulture, Texts.Risk_PlanDue_Required, RiskService.Short(risk.Description)));
            }

            planned.Add((edit, risk, due, comment));
        }

        if (!errors.IsValid)
        {
            throw new ValidationException(errors);
        }

        var ids = planned.Select(p => p.Risk.Id).ToList();
        var stored = await db.RiskFollowUps.Where(f => ids.Contains(f.RiskId) && f.Year == period.Year && f.PeriodKind == period.Kind && f.StartMonth == period.StartMonth && f.EndMonth == period.EndMonth)
            .ToDictionaryAsync(f => f.RiskId, cancellationToken);
        var risks = await db.Risks.Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
        foreach (var (edit, risk, due, comment) in planned)
        {
            if (!stored.TryGetValue(risk.Id, out var row))
            {
                if (edit.Mark is null && comment is null)
                {
                    continue;
                }

                row = db.RiskFollowUps.Add(new RiskFollowUp { Id = Guid.NewGuid(), RiskId = risk.Id, OrgUnitId = unitId, Period = period, Version = Guid.NewGuid() }).Entity;
            }
            else
            {
                db.Expect(row, edit.Version);
            }

            row.Mark = edit.Mark;
            row.Comment = comment;
            if (due is not null)
            {
                risks[risk.Id].ActionPlanDue = due;
            }
        }

        await db.SaveOrRefuseAsync(cancellationToken);
    }
}
