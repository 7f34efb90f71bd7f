using Microsoft.EntityFrameworkCore;
using Verksam.Web.Data;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Resources;
using Verksam.Web.Shared.Validation;

namespace Verksam.Web.Features.Register;

/// <summary>
/// The year's table of the register per tertial for a unit and every unit below it: counts only, so anyone who may
/// read the unit (a board member too) may see it. One grouped query, however many units and matters.
/// </summary>
public sealed class RegisterTableService(VerksamDbContext db, AccessService access, OrgUnitService units, TimeProvider time)
{
    public async Task<RegisterTableView> GetAsync(Guid unitId, int? year, CancellationToken cancellationToken = default)
    {
        var unit = await access.RequireAsync(unitId, AccessLevel.Read, cancellationToken);
        var years = await MatterScope.YearsAsync(db, units, unit, cancellationToken);
        var theYear = year ?? (years.Count > 0 ? years[0] : time.GetLocalNow().Year);
        var table = await ComposeAsync(unit, theYear, cancellationToken);
        var userAccess = await access.GetAsync(cancellationToken);
        var versions = await db.RegisterSummaries.AsNoTracking().Where(s => s.OrgUnitId == unitId && s.Year == theYear).ToDictionaryAsync(s => s.Group, s => s.Version, cancellationToken);
        return new RegisterTableView(unit, table, years, versions, userAccess.Allows(unit.Path, AccessLevel.Edit), userAccess.AllowsRegister(unit.Path));
    }

    /// <summary>The table of a unit whose access the caller has already checked (for reports composed from it).</summary>
    internal async Task<RegisterTable> ComposeAsync(OrgUnit unit, int year, CancellationToken cancellationToken)
    {
        var start = new DateOnly(year, 1, 1);
        var end = start.AddYears(1);
        var groups = await (from x in MatterScope.Under(db, units, unit)
                            where x.Matter.ReceivedOn >= start && x.Matter.ReceivedOn < end
                            let m = x.Matter
                            group m by new
                            {
                                m.Kind,
                                m.Source,
                                m.Category,
                                m.IdentifiedBy,
                                m.DeviationCategory,
                                m.Concerns,
                                Ivo = m.Decision == SeriousnessDecision.Serious && m.IvoNotifiedOn != null,
                                m.FeedbackGiven,
                                HasMeasures = m.Measures != null,
                                m.ReceivedOn.Month,
                            } into g
                            select new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var counts = groups.Select(g => new MatterCount(
            g.Key.Kind, g.Key.Source, g.Key.Category, g.Key.IdentifiedBy, g.Key.DeviationCategory, g.Key.Concerns, g.Key.Ivo, g.Key.FeedbackGiven, g.Key.HasMeasures,
            ((g.Key.Month - 1) / 4) + 1, g.Count)).ToList();
        var summaries = await db.RegisterSummaries.AsNoTracking().Where(s => s.OrgUnitId == unit.Id && s.Year == year).ToDictionaryAsync(s => s.Group, s => s.Text, cancellationToken);
        return RegisterTable.Compose(year, counts, summaries);
    }

    /// <summary>Saves the unit's texts beside the table's row groups, all or none; an empty text removes the group's.</summary>
    public async Task SaveSummariesAsync(Guid unitId, int year, IReadOnlyDictionary<string, string?> texts, IReadOnlyDictionary<string, Guid> versions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(versions);
        await access.RequireAsync(unitId, AccessLevel.Edit, cancellationToken);
        var errors = new ValidationErrors();
        var cleaned = new Dictionary<string, string?>();
        foreach (var key in RegisterTable.GroupKeys)
        {
            if (texts.TryGetValue(key, out var text))
            {
                cleaned[key] = MatterService.CheckText(errors, key, text, FreeText.MaxLength, RegisterTable.GroupLabel(key));
            }
        }

        if (texts.Keys.Any(k => !RegisterTable.GroupKeys.Contains(k)))
        {
            errors.Add(string.Empty, Texts.RegisterSummary_UnknownGroup);
        }

        if (!errors.IsValid)
        {
            throw new ValidationException(errors);
        }

        var stored = await db.RegisterSummaries.Where(s => s.OrgUnitId == unitId && s.Year == year).ToDictionaryAsync(s => s.Group, cancellationToken);
        foreach (var (key, text) in cleaned)
        {
            if (stored.TryGetValue(key, out var summary))
            {
                if (summary.Text == text)
                {
                    continue;
                }

                db.Expect(summary, versions.TryGetValue(key, out var v) ? v : Guid.Empty);
                if (text is null)
                {
                    db.RegisterSummaries.Remove(summary);
                }
                else
                {
                    summary.Text = text;
                }
            }
            else if (text is not null)
            {
                if (versions.ContainsKey(key))
                {
                    // The form was opened on a text someone has since removed.
                    throw new StaleVersionException(Texts.Concurrency_Stale);
                }

                db.RegisterSummaries.Add(new RegisterSummary { OrgUnitId = unitId, Year = year, Group = key, Text = text, Version = Guid.NewGuid() });
            }
        }

        await db.SaveOrRefuseAsync(cancellationToken);
    }
}

public sealed record RegisterTableView(OrgUnit Unit, RegisterTable Table, IReadOnlyList<int> Years, IReadOnlyDictionary<string, Guid> SummaryVersions, bool CanEdit, bool CanSeeMatters);
