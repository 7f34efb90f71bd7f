using Microsoft.EntityFrameworkCore;
using Verksam.Web.Data;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Resources;
using Verksam.Web.Shared.Validation;

namespace Verksam.Web.Features.Register;

/// <summary>The register's time limits (Tidsgränser för ärenden): set per unit, inherited down the tree by the nearest unit that sets them.</summary>
public sealed class RegisterSettingsService(VerksamDbContext db, AccessService access, OrgUnitService units)
{
    public async Task<RegisterSettingsView> SettingsViewAsync(Guid unitId, CancellationToken cancellationToken = default)
    {
        var unit = await access.RequireAsync(unitId, AccessLevel.Edit, cancellationToken);
        var resolver = await SettingsUnderAsync(unit, cancellationToken);
        var own = resolver.Own(unit.Id);
        var inherited = resolver.Inherited(unit);
        var fromName = inherited.OrgUnitId == Guid.Empty ? null : await units.NameAsync(inherited.OrgUnitId, cancellationToken);
        return new RegisterSettingsView(unit, own, inherited, fromName);
    }

    /// <summary>Sets the unit's own time limits (for it and every unit below that sets none), or removes them to inherit again.</summary>
    public async Task SaveSettingsAsync(Guid unitId, RegisterSettingsEdit edit, Guid? version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var unit = await access.RequireAsync(unitId, AccessLevel.Edit, cancellationToken);
        var settings = await db.RegisterSettings.FirstOrDefaultAsync(s => s.OrgUnitId == unit.Id, cancellationToken);
        if (edit.Inherit)
        {
            if (settings is not null)
            {
                db.Expect(settings, version);
                db.RegisterSettings.Remove(settings);
                await db.SaveOrRefuseAsync(cancellationToken);
            }

            return;
        }

        var errors = new ValidationErrors();
        // Each message names its limit: three "1 to 365" messages side by side would not say which field is wrong.
        foreach (var (field, value, message) in new[]
        {
            ("OpenDaysLimit", edit.OpenDaysLimit, Texts.RegisterSettings_OpenDays_Invalid),
            ("DecisionDaysLimit", edit.DecisionDaysLimit, Texts.RegisterSettings_DecisionDays_Invalid),
            ("IvoDaysLimit", edit.IvoDaysLimit, Texts.RegisterSettings_IvoDays_Invalid),
        })
        {
            if (value is null or < 1 or > 365)
            {
                errors.Add(field, message);
            }
        }

        if (!errors.IsValid)
        {
            throw new ValidationException(errors);
        }

        if (settings is null)
        {
            settings = db.RegisterSettings.Add(new RegisterSettings { OrgUnitId = unit.Id, Version = Guid.NewGuid() }).Entity;
        }
        else
        {
            db.Expect(settings, version);
        }

        settings.OpenDaysLimit = edit.OpenDaysLimit!.Value;
        settings.DecisionDaysLimit = edit.DecisionDaysLimit!.Value;
        settings.IvoDaysLimit = edit.IvoDaysLimit!.Value;
        await db.SaveOrRefuseAsync(cancellationToken);
    }

    /// <summary>Every unit's register settings (a few rows: only units that set their own), for the start page across units.</summary>
    internal async Task<RegisterSettingsResolver> AllAsync(CancellationToken cancellationToken) =>
        new((await (from s in db.RegisterSettings.AsNoTracking()
                    join u in units.Units() on s.OrgUnitId equals u.Id
                    select new { Settings = s, u.Path }).ToListAsync(cancellationToken)).Select(r => (r.Path, r.Settings)).ToList());

    /// <summary>The register settings that apply at the unit, its ancestors and every unit below it, in one query.</summary>
    internal async Task<RegisterSettingsResolver> SettingsUnderAsync(OrgUnit unit, CancellationToken cancellationToken)
    {
        var ancestors = unit.AncestorIds().Append(unit.Id).ToList();
        var prefix = unit.Path;
        var rows = await (from s in db.RegisterSettings.AsNoTracking()
                          join u in units.Units() on s.OrgUnitId equals u.Id
                          where ancestors.Contains(u.Id) || u.Path.StartsWith(prefix)
                          select new { Settings = s, u.Path }).ToListAsync(cancellationToken);
        return new RegisterSettingsResolver(rows.Select(r => (r.Path, r.Settings)).ToList());
    }
}
