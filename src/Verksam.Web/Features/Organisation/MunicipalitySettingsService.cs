using Microsoft.EntityFrameworkCore;
using Verksam.Web.Data;
using Verksam.Web.Domain.Periods;
using Verksam.Web.Resources;
using Verksam.Web.Shared.Security;
using Verksam.Web.Shared.Validation;

namespace Verksam.Web.Features.Organisation;

/// <summary>
/// A municipality's settings — the goals' roll-up rule and numbering, when reports are due, the risk matrix — read by
/// every feature that needs them and changed only by an administrator, here.
/// </summary>
public sealed class MunicipalitySettingsService(VerksamDbContext db, AccessService access)
{
    /// <summary>The municipality's settings, or the defaults where it has chosen none.</summary>
    public async Task<MunicipalitySettings> GetAsync(Guid municipalityId, CancellationToken cancellationToken = default) =>
        await db.MunicipalitySettings.AsNoTracking().FirstOrDefaultAsync(s => s.OrgUnitId == municipalityId, cancellationToken)
        ?? new MunicipalitySettings { OrgUnitId = municipalityId };

    /// <summary>The settings of each of the municipalities, the defaults for those that chose none: one query.</summary>
    public async Task<IReadOnlyDictionary<Guid, MunicipalitySettings>> GetManyAsync(IReadOnlyCollection<Guid> municipalityIds, CancellationToken cancellationToken = default)
    {
        var stored = await db.MunicipalitySettings.AsNoTracking().Where(s => municipalityIds.Contains(s.OrgUnitId)).ToDictionaryAsync(s => s.OrgUnitId, cancellationToken);
        return municipalityIds.Distinct().ToDictionary(id => id, id => stored.GetValueOrDefault(id) ?? new MunicipalitySettings { OrgUnitId = id });
    }

    /// <summary>The municipality, if the user is an administrator (else 403) and it is one (else 404).</summary>
    public async Task<OrgUnit> RequireAdministeredAsync(Guid municipalityId, CancellationToken cancellationToken = default)
    {
        if (!(await access.GetAsync(cancellationToken)).IsAdministrator)
        {
            throw new UnitAccessDeniedException(UnitAccessOutcome.Forbidden);
        }

        return await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Id == municipalityId && u.Kind == OrgUnitKind.Municipality, cancellationToken)
            ?? throw new UnitAccessDeniedException(UnitAccessOutcome.NotFound);
    }

    /// <summary>
    /// An administrator's choice of rule for a municipality; a municipality without a choice uses the worst colour.
    /// <paramref name="version"/> is the settings' version when the form was opened, null when there were none yet:
    /// a save based on anything else is refused, so one administrator never overwrites another's choice unseen.
    /// </summary>
    public async Task SaveRollUpAsync(Guid municipalityId, MunicipalitySettingsEdit edit, Guid? version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var unit = await RequireAdministeredAsync(municipalityId, cancellationToken);
        var errors = MunicipalitySettings.Validate(edit.Rule, edit.GreenFromPercent, edit.YellowFromPercent);
        if (edit.ReportDueDay is null or < 1 or > 28)
        {
            errors.Add("ReportDueDay", Texts.ReportDueDay_Range);
        }

        int? notifyDays = null;
        if (edit.NotifyDaysBeforeDue is { } typed)
        {
            notifyDays = int.TryParse(typed.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var days) && days <= 28 ? days : null;
            if (notifyDays is null)
            {
                errors.Add("NotifyDaysBeforeDue", Texts.NotifyDaysBeforeDue_Range);
            }
        }

        var use = edit.ReportUse ?? ReportUse.All;
        if (!use.Monthly && !use.Tertial && !use.Annual)
        {
            errors.Add("ReportUse", Texts.ReportUse_NoneChosen);
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
        settings.NotifyDaysBeforeDue = notifyDays ?? settings.NotifyDaysBeforeDue;
        settings.UsesMonthlyReports = use.Monthly;
        settings.UsesTertialReports = use.Tertial;
        settings.UsesAnnualReport = use.Annual;
        await db.SaveOrRefuseAsync(cancellationToken);
    }

    /// <summary>
    /// Stores the risk matrix of a municipality that <see cref="RequireAdministeredAsync"/> returned, as the risk
    /// register has checked it against the risks already scored.
    /// </summary>
    public async Task SaveRiskMatrixAsync(OrgUnit municipality, RiskMatrixEdit matrix, Guid? version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(municipality);
        ArgumentNullException.ThrowIfNull(matrix);
        var settings = await db.MunicipalitySettings.FirstOrDefaultAsync(s => s.OrgUnitId == municipality.Id, cancellationToken);
        if (settings is null)
        {
            settings = db.MunicipalitySettings.Add(new MunicipalitySettings { OrgUnitId = municipality.Id, Version = Guid.NewGuid() }).Entity;
        }
        else
        {
            db.Expect(settings, version);
        }

        settings.RiskMatrixSize = matrix.MatrixSize;
        settings.RiskFollowUpThreshold = matrix.Threshold;
        settings.RiskYellowFrom = matrix.YellowFrom;
        settings.RiskRedFrom = matrix.RedFrom;
        await db.SaveOrRefuseAsync(cancellationToken);
    }
}

/// <summary>A municipality with its own settings has data and is archived, never deleted.</summary>
internal sealed class MunicipalitySettingsDataProbe(VerksamDbContext db) : IOrgUnitDataProbe
{
    public Task<bool> HasDataAsync(Guid orgUnitId, CancellationToken cancellationToken) =>
        db.MunicipalitySettings.AnyAsync(s => s.OrgUnitId == orgUnitId, cancellationToken);
}
