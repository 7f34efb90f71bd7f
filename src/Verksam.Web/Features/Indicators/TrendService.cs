using Microsoft.EntityFrameworkCore;
using Verksam.Web.Data;
using Verksam.Web.Domain.Charts;
using Verksam.Web.Domain.Periods;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Shared.Security;

namespace Verksam.Web.Features.Indicators;

/// <summary>
/// Indicators' trends: one indicator month by month or over ten years, beside it the same indicator of the units below
/// that the user may read, and the small trends of pages and reports. A fixed number of queries, whatever the number of
/// years, months or units.
/// </summary>
public sealed class TrendService(VerksamDbContext db, AccessService access, OrgUnitService orgUnits)
{
    public async Task<IndicatorTrendPage> GetAsync(Guid indicatorId, TrendView view, CancellationToken cancellationToken = default)
    {
        var indicator = await db.Indicators.AsNoTracking().FirstOrDefaultAsync(i => i.Id == indicatorId, cancellationToken)
            ?? throw new UnitAccessDeniedException(UnitAccessOutcome.NotFound);
        // A trend is the steering picture: a board member sees it too.
        var unit = await access.RequireAsync(indicator.OrgUnitId, AccessLevel.BoardMember, cancellationToken);
        TrendChart chart;
        if (view == TrendView.Years)
        {
            // One query for the unit's indicators of the ten years, one for all their outcomes.
            var from = indicator.Year - IndicatorTrend.MaxYears + 1;
            var candidates = await db.Indicators.AsNoTracking().Where(i => i.OrgUnitId == unit.Id && i.Year >= from && i.Year < indicator.Year).ToListAsync(cancellationToken);
            var chain = IndicatorTrend.Chain(indicator, candidates);
            var ids = chain.Select(i => i.Id).ToList();
            var outcomes = (await db.Outcomes.AsNoTracking().Where(o => ids.Contains(o.IndicatorId)).ToListAsync(cancellationToken)).ToLookup(o => o.IndicatorId);
            chart = IndicatorTrend.Years(chain, unit.Name, outcomes);
        }
        else
        {
            var outcomes = await db.Outcomes.AsNoTracking().Where(o => o.IndicatorId == indicator.Id).ToListAsync(cancellationToken);
            chart = IndicatorTrend.Months(indicator, unit.Name, outcomes);
        }

        return new IndicatorTrendPage(unit, indicator, view, chart, await BelowAsync(unit, indicator, cancellationToken));
    }

    /// <summary>
    /// The same indicator (by name or KPI id) of the same year in the units below that the user may read, each month
    /// by month: one query for the indicators, one for the units' names, one for all their outcomes.
    /// </summary>
    private async Task<IReadOnlyList<UnitTrend>> BelowAsync(OrgUnit unit, Indicator indicator, CancellationToken cancellationToken)
    {
        var readable = await access.ReadUnitIdsAsync(AccessLevel.BoardMember, cancellationToken);
        var under = orgUnits.IdsUnder(unit.Path);
        var kpi = indicator.ExternalKpiId;
        var below = await db.Indicators.AsNoTracking()
            .Where(i => i.Year == indicator.Year && i.OrgUnitId != unit.Id && under.Contains(i.OrgUnitId) && readable.Contains(i.OrgUnitId)
                && (i.Name == indicator.Name || (kpi != null && i.ExternalKpiId == kpi)))
            .ToListAsync(cancellationToken);
        if (below.Count == 0)
        {
            return [];
        }

        var names = (await orgUnits.ListAsync(below.Select(i => i.OrgUnitId).Distinct().ToList(), cancellationToken)).ToDictionary(u => u.Id, u => u.Name);
        var ids = below.Select(i => i.Id).ToList();
        var outcomes = (await db.Outcomes.AsNoTracking().Where(o => ids.Contains(o.IndicatorId) && o.Year == indicator.Year).ToListAsync(cancellationToken)).ToLookup(o => o.IndicatorId);
        return below.Where(i => names.ContainsKey(i.OrgUnitId))
            .Select(i => new UnitTrend(i.OrgUnitId, names[i.OrgUnitId], i, IndicatorTrend.Months(i, names[i.OrgUnitId], outcomes[i.Id].ToList())))
            .OrderBy(t => t.UnitName, StringComparer.CurrentCulture).ToList();
    }

    /// <summary>Month-by-month trends of the given indicators, each titled with its unit; the caller has checked access. Two queries.</summary>
    public async Task<IReadOnlyDictionary<Guid, TrendChart>> MonthsAsync(IReadOnlyCollection<Indicator> indicators, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        var names = indicators.Count == 0 ? new Dictionary<Guid, string>()
            : (await orgUnits.ListAsync(indicators.Select(i => i.OrgUnitId).Distinct().ToList(), cancellationToken)).ToDictionary(u => u.Id, u => u.Name);
        return await MonthsAsync(indicators, names, cancellationToken: cancellationToken);
    }

    /// <summary>
    /// Month-by-month trends of the given indicators, for a page or a report; the caller has checked access and names
    /// each indicator's unit. One query, whatever the number of indicators.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, TrendChart>> MonthsAsync(IReadOnlyCollection<Indicator> indicators, IReadOnlyDictionary<Guid, string> unitNames, Period? upTo = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        ArgumentNullException.ThrowIfNull(unitNames);
        if (indicators.Count == 0)
        {
            return new Dictionary<Guid, TrendChart>();
        }

        var ids = indicators.Select(i => i.Id).ToList();
        var outcomes = (await db.Outcomes.AsNoTracking().Where(o => ids.Contains(o.IndicatorId)).ToListAsync(cancellationToken)).ToLookup(o => o.IndicatorId);
        return indicators.ToDictionary(i => i.Id, i => IndicatorTrend.Months(i, unitNames.GetValueOrDefault(i.OrgUnitId) ?? string.Empty, outcomes[i.Id].ToList(), upTo));
    }

    /// <summary>
    /// Year-by-year trends of the given indicators of one unit, for an annual report; the caller has checked access.
    /// Two queries, whatever the number of indicators or years.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, TrendChart>> YearsAsync(IReadOnlyCollection<Indicator> indicators, OrgUnit unit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        ArgumentNullException.ThrowIfNull(unit);
        if (indicators.Count == 0)
        {
            return new Dictionary<Guid, TrendChart>();
        }

        var to = indicators.Max(i => i.Year);
        var from = indicators.Min(i => i.Year) - IndicatorTrend.MaxYears + 1;
        var candidates = await db.Indicators.AsNoTracking().Where(i => i.OrgUnitId == unit.Id && i.Year >= from && i.Year <= to).ToListAsync(cancellationToken);
        var chains = indicators.ToDictionary(i => i.Id, i => IndicatorTrend.Chain(i, candidates));
        var ids = chains.Values.SelectMany(c => c.Select(i => i.Id)).Distinct().ToList();
        var outcomes = (await db.Outcomes.AsNoTracking().Where(o => ids.Contains(o.IndicatorId)).ToListAsync(cancellationToken)).ToLookup(o => o.IndicatorId);
        return chains.ToDictionary(c => c.Key, c => IndicatorTrend.Years(c.Value, unit.Name, outcomes));
    }
}

public sealed record UnitTrend(Guid UnitId, string UnitName, Indicator Indicator, TrendChart Chart);

public sealed record IndicatorTrendPage(OrgUnit Unit, Indicator Indicator, TrendView View, TrendChart Chart, IReadOnlyList<UnitTrend> Below);
