using Microsoft.EntityFrameworkCore;
using Verksam.Web.Data;
using Verksam.Web.Domain.Periods;
using Verksam.Web.Domain.Scales;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Resources;
using Verksam.Web.Shared.Auditing;
using Verksam.Web.Shared.Security;
using Verksam.Web.Shared.Validation;

namespace Verksam.Web.Features.Indicators;

/// <summary>Indicators and their outcomes: listing with colours, editing, and entering a period's outcomes all at once.</summary>
public sealed class IndicatorService(VerksamDbContext db, AccessService access, AuditLogService audit)
{
    public async Task<UnitIndicators> ListAsync(Guid unitId, int year, CancellationToken cancellationToken = default)
    {
        var unit = await access.RequireAsync(unitId, AccessLevel.Read, cancellationToken);
        var indicators = await db.Indicators.AsNoTracking().Where(i => i.OrgUnitId == unitId && i.Year == year)
            .OrderBy(i => i.SortOrder).ThenBy(i => i.Name).ToListAsync(cancellationToken);
        var outcomes = await OutcomesOfAsync(indicators, cancellationToken);
        var rows = indicators.Select(i =>
        {
            var own = outcomes[i.Id].ToList();
            var latest = own.OrderByDescending(o => o.EndMonth).ThenByDescending(o => o.PeriodKind == PeriodKind.Month).FirstOrDefault();
            return new IndicatorRow(i, latest is null ? null : Assess(i, latest, own));
        }).ToList();
        var level = (await access.GetAsync(cancellationToken)).LevelAt(unit.Path)!.Value;
        return new UnitIndicators(unit, year, rows, level >= AccessLevel.Edit);
    }

    /// <summary>The period entering outcomes opens on for the unit (<see cref="OpeningPeriod.ForOutcomes"/>).</summary>
    public async Task<Period> OpeningEntryPeriodAsync(Guid unitId, DateOnly today, CancellationToken cancellationToken = default)
    {
        await access.RequireAsync(unitId, AccessLevel.Read, cancellationToken);
        var latest = await LatestOutcomePeriodAsync(unitId, cancellationToken);
        if (latest is not null)
        {
            return OpeningPeriod.ForOutcomes(latest, null, today);
        }

        // No outcome yet: the first period of the latest year of indicators, measured as finely as any of them is.
        var first = await db.Indicators.Where(i => i.OrgUnitId == unitId).GroupBy(i => i.Year).OrderByDescending(g => g.Key)
            .Select(g => new { Year = g.Key, Finest = g.Min(i => i.Periodicity) }).FirstOrDefaultAsync(cancellationToken);
        Period? firstOfIndicators = first is null ? null : first.Finest switch
        {
            Periodicity.Month => Period.Month(first.Year, 1),
            Periodicity.Tertial => Period.Tertial(first.Year, 1),
            _ => Period.WholeYear(first.Year),
        };
        return OpeningPeriod.ForOutcomes(null, firstOfIndicators, today);
    }

    /// <summary>The latest month, tertial or year the unit has an outcome for, or null; the caller has checked access.</summary>
    private async Task<Period?> LatestOutcomePeriodAsync(Guid unitId, CancellationToken cancellationToken)
    {
        // The period that ends last; of a month and a tertial ending together, the month.
        var latest = await db.Outcomes.Where(o => o.OrgUnitId == unitId && o.PeriodKind != PeriodKind.Span)
            .OrderByDescending(o => o.Year).ThenByDescending(o => o.EndMonth).ThenBy(o => o.PeriodKind)
            .Select(o => new { o.Year, o.PeriodKind, o.StartMonth, o.EndMonth }).FirstOrDefaultAsync(cancellationToken);
        return latest is null ? null : Period.FromStored(latest.Year, latest.PeriodKind, latest.StartMonth, latest.EndMonth);
    }

    /// <summary>The latest year the unit has indicators for, or <paramref name="fallback"/> if it has none.</summary>
    public async Task<int> DefaultYearAsync(Guid unitId, int fallback, CancellationToken cancellationToken = default)
    {
        await access.RequireAsync(unitId, AccessLevel.Read, cancellationToken);
        return OpeningPeriod.Year(await LatestYearAsync(unitId, cancellationToken), fallback);
    }

    /// <summary>The latest year the unit has indicators for, or null; the caller has checked access.</summary>
    internal Task<int?> LatestYearAsync(Guid unitId, CancellationToken cancellationToken) =>
        db.Indicators.Where(i => i.OrgUnitId == unitId).MaxAsync(i => (int?)i.Year, cancellationToken);

    public async Task<IndicatorDetails> GetAsync(Guid indicatorId, CancellationToken cancellationToken = default)
    {
        var indicator = await db.Indicators.AsNoTracking().FirstOrDefaultAsync(i => i.Id == indicatorId, cancellationToken)
            ?? throw new UnitAccessDeniedException(UnitAccessOutcome.NotFound);
        var unit = await access.RequireAsync(indicator.OrgUnitId, AccessLevel.Read, cancellationToken);
        var outcomes = await db.Outcomes.AsNoTracking().Where(o => o.IndicatorId == indicatorId).ToListAsync(cancellationToken);
        var assessed = outcomes.OrderBy(o => o.StartMonth).ThenBy(o => o.EndMonth).Select(o => Assess(indicator, o, outcomes)).ToList();
        var outcomeIds = outcomes.Select(o => o.Id.ToString()).ToList();
        var history = await audit.ForEntitiesAsync(nameof(Outcome), outcomeIds, 200, cancellationToken);
        var level = (await access.GetAsync(cancellationToken)).LevelAt(unit.Path)!.Value;
        return new IndicatorDetails(unit, indicator, assessed, history, level >= AccessLevel.Edit);
    }

    /// <summary>The indicator for editing, with the unit it belongs to; requires edit rights.</summary>
    public async Task<(OrgUnit Unit, Indicator Indicator)> GetForEditAsync(Guid indicatorId, CancellationToken cancellationToken = default)
    {
        var indicator = await db.Indicators.AsNoTracking().FirstOrDefaultAsync(i => i.Id == indicatorId, cancellationToken)
            ?? throw new UnitAccessDeniedException(UnitAccessOutcome.NotFound);
        var unit = await access.RequireAsync(indicator.OrgUnitId, AccessLevel.Edit, cancellationToken);
        return (unit, indicator);
    }

    public async Task<Indicator> CreateAsync(Guid unitId, int year, IndicatorInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await access.RequireAsync(unitId, AccessLevel.Edit, cancellationToken);
        var scale = Check(input, year);
        var order = await db.Indicators.Where(i => i.OrgUnitId == unitId && i.Year == year).MaxAsync(i => (int?)i.SortOrder, cancellationToken) ?? 0;
        var indicator = new Indicator { Id = Guid.NewGuid(), OrgUnitId = unitId, Year = year, SortOrder = order + 10, Version = Guid.NewGuid() };
        input.ApplyTo(indicator, scale);
        db.Indicators.Add(indicator);
        await db.SaveChangesAsync(cancellationToken);
        return indicator;
    }

    public async Task UpdateAsync(Guid indicatorId, IndicatorInput input, Guid version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var indicator = await db.Indicators.FirstOrDefaultAsync(i => i.Id == indicatorId, cancellationToken)
            ?? throw new UnitAccessDeniedException(UnitAccessOutcome.NotFound);
        await access.RequireAsync(indicator.OrgUnitId, AccessLevel.Edit, cancellationToken);
        var scale = Check(input, indicator.Year);
        db.Expect(indicator, version);
        input.ApplyTo(indicator, scale);
        indicator.NeedsReview = false;
        await SaveAsync(cancellationToken);
    }

    /// <summary>The unit's indicators measured at <paramref name="period"/>'s kind, each with what is stored for the period.</summary>
    public async Task<OutcomeEntry> GetEntryAsync(Guid unitId, Period period, CancellationToken cancellationToken = default)
    {
        var unit = await access.RequireAsync(unitId, AccessLevel.Read, cancellationToken);
        var periodicity = PeriodicityFor(period);
        var indicators = await db.Indicators.AsNoTracking()
            .Where(i => i.OrgUnitId == unitId && i.Year == period.Year && i.Periodicity == periodicity)
            .OrderBy(i => i.SortOrder).ThenBy(i => i.Name).ToListAsync(cancellationToken);
        var outcomes = await OutcomesOfAsync(indicators, cancellationToken);
        var rows = indicators.Select(i =>
        {
            var own = outcomes[i.Id].ToList();
            var current = CountingOutcome.For(own, o => o.Period, period);
            return new OutcomeEntryRow(i, current, current is null ? null : Assess(i, current, own));
        }).ToList();
        var level = (await access.GetAsync(cancellationToken)).LevelAt(unit.Path)!.Value;
        return new OutcomeEntry(unit, period, rows, level >= AccessLevel.Edit);
    }

    /// <summary>
    /// Saves every row for the period, or none: all rows are checked first and every problem is reported with its row.
    /// An empty row removes what was stored. A row based on an older version is refused, and nothing is saved.
    /// </summary>
    /// <summary>Every refusal the outcomes would get, in row order, without saving anything.</summary>
    public async Task<ValidationErrors> CheckOutcomesAsync(Guid unitId, Period period, IReadOnlyList<OutcomeInput> inputs, CancellationToken cancellationToken = default) =>
        (await CheckAsync(unitId, period, inputs, cancellationToken)).Errors;

    public async Task SaveOutcomesAsync(Guid unitId, Period period, IReadOnlyList<OutcomeInput> inputs, CancellationToken cancellationToken = default)
    {
        var (indicators, existing, errors) = await CheckAsync(unitId, period, inputs, cancellationToken);
        if (!errors.IsValid)
        {
            throw new ValidationException(errors);
        }

        foreach (var input in inputs)
        {
            var indicator = indicators[input.IndicatorId];
            var stored = CountingOutcome.For(existing[input.IndicatorId], o => o.Period, period);
            if (stored is not null && input.Version is { } version)
            {
                // The database refuses the update if someone saved between our read and this write.
                db.Entry(stored).Property(o => o.Version).OriginalValue = version;
            }

            Apply(indicator, stored, period, input, isDemo: false);
        }

        await SaveAsync(cancellationToken);
    }

    /// <summary>Writes one input onto the stored outcome (or a new one), changing nothing that is already so.</summary>
    internal Outcome? Apply(Indicator indicator, Outcome? stored, Period period, OutcomeInput input, bool isDemo)
    {
        if (input.IsEmpty)
        {
            if (stored is not null)
            {
                db.Outcomes.Remove(stored);
            }

            return null;
        }

        var outcome = stored ?? new Outcome { Id = Guid.NewGuid(), IndicatorId = indicator.Id, OrgUnitId = indicator.OrgUnitId, Period = period, Version = Guid.NewGuid(), IsDemo = isDemo };
        outcome.Value = indicator.Measurement == MeasurementKind.Value ? input.Value : null;
        outcome.Numerator = indicator.Measurement == MeasurementKind.Ratio ? input.Numerator : null;
        outcome.Denominator = indicator.Measurement == MeasurementKind.Ratio ? input.Denominator : null;
        var counts = indicator.Measurement == MeasurementKind.Survey && input.SurveyCounts is not null
            ? input.SurveyCounts.Where(c => indicator.SurveyAnswers.Any(a => a.Label == c.Key)).ToDictionary(c => c.Key, c => c.Value)
            : [];
        if (!(outcome.SurveyCounts.Count == counts.Count && !outcome.SurveyCounts.Except(counts).Any()))
        {
            outcome.SurveyCounts = counts;
        }

        outcome.ValueMen = indicator.SplitBySex ? input.ValueMen : null;
        outcome.ValueWomen = indicator.SplitBySex ? input.ValueWomen : null;
        outcome.Comment = string.IsNullOrWhiteSpace(input.Comment) ? null : input.Comment.Trim();
        if (input.NotAssessed is { } notAssessed)
        {
            outcome.NotAssessed = notAssessed;
        }

        if (stored is null)
        {
            db.Outcomes.Add(outcome);
        }

        return outcome;
    }

    public static Periodicity PeriodicityFor(Period period) => period.Kind switch
    {
        PeriodKind.Tertial => Periodicity.Tertial,
        PeriodKind.Year => Periodicity.Year,
        _ => Periodicity.Month,
    };

    /// <summary>An outcome with its measured value and colour; a change scale compares with the previous period's outcome.</summary>
    public static AssessedOutcome Assess(Indicator indicator, Outcome outcome, IReadOnlyCollection<Outcome> sameIndicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(sameIndicator);
        var value = outcome.MeasuredValue(indicator);
        decimal? previous = null;
        if (indicator.Scale?.Kind == ScaleKind.Change)
        {
            var before = outcome.Period.Previous();
            previous = sameIndicator.FirstOrDefault(o => o.Period == before)?.MeasuredValue(indicator);
        }

        // Judge the value as it is shown, so the colour never contradicts the rounded number on the page; an outcome
        // marked as not assessed gets no colour and no target check.
        var colour = outcome.NotAssessed ? null : ScaleJudgement.Colour(indicator.Scale, value, previous, indicator.Decimals);
        bool? targetMet = !outcome.NotAssessed && value is { } v && ScaleJudgement.Shown(v, indicator.Decimals) is var t && indicator.AnnualTarget is { } target ? Verksam.Web.Domain.Assessment.TargetCheck.IsMet(t, target, indicator.EffectiveDirection) : null;
        return new AssessedOutcome(outcome, value, colour, previous, targetMet, OutcomeDisplay.Describe(outcome, indicator));
    }

    // What other features read about indicators (goals their links, reports their figures). The caller has checked
    // the user's access; each is one query, whatever the number of indicators.

    /// <summary>One indicator; null when there is none.</summary>
    public async Task<Indicator?> FindAsync(Guid indicatorId, CancellationToken cancellationToken = default) =>
        await db.Indicators.AsNoTracking().FirstOrDefaultAsync(i => i.Id == indicatorId, cancellationToken);

    /// <summary>The indicators of the given ids, in their order.</summary>
    public async Task<IReadOnlyList<Indicator>> ListAsync(IReadOnlyCollection<Guid> indicatorIds, CancellationToken cancellationToken = default) =>
        await db.Indicators.AsNoTracking().Where(i => indicatorIds.Contains(i.Id)).OrderBy(i => i.SortOrder).ToListAsync(cancellationToken);

    /// <summary>A unit's indicators of a year, in their order.</summary>
    public async Task<IReadOnlyList<Indicator>> OfUnitAsync(Guid unitId, int year, CancellationToken cancellationToken = default) =>
        await db.Indicators.AsNoTracking().Where(i => i.OrgUnitId == unitId && i.Year == year).OrderBy(i => i.SortOrder).ThenBy(i => i.Name).ToListAsync(cancellationToken);

    /// <summary>Every outcome of the given indicators, by indicator.</summary>
    public async Task<ILookup<Guid, Outcome>> OutcomesAsync(IReadOnlyCollection<Guid> indicatorIds, CancellationToken cancellationToken = default) =>
        (await db.Outcomes.AsNoTracking().Where(o => indicatorIds.Contains(o.IndicatorId)).ToListAsync(cancellationToken)).ToLookup(o => o.IndicatorId);

    /// <summary>The given indicators' outcomes of one unit in the years from <paramref name="fromYear"/> to <paramref name="toYear"/>, by indicator.</summary>
    public async Task<ILookup<Guid, Outcome>> OutcomesAsync(IReadOnlyCollection<Guid> indicatorIds, Guid unitId, int fromYear, int toYear, CancellationToken cancellationToken = default) =>
        (await db.Outcomes.AsNoTracking().Where(o => indicatorIds.Contains(o.IndicatorId) && o.OrgUnitId == unitId && o.Year >= fromYear && o.Year <= toYear)
            .ToListAsync(cancellationToken)).ToLookup(o => o.IndicatorId);

    private static Scale? Check(IndicatorInput input, int year)
    {
        var errors = input.Validate(out var scale);
        if (year is < 2000 or > 2100)
        {
            errors.Add("Year", Texts.Indicator_Year_Range);
        }

        return errors.IsValid ? scale : throw new ValidationException(errors);
    }

    private async Task<ILookup<Guid, Outcome>> OutcomesOfAsync(IReadOnlyCollection<Indicator> indicators, CancellationToken cancellationToken)
    {
        var ids = indicators.Select(i => i.Id).ToList();
        var outcomes = ids.Count == 0 ? [] : await db.Outcomes.AsNoTracking().Where(o => ids.Contains(o.IndicatorId)).ToListAsync(cancellationToken);
        return outcomes.ToLookup(o => o.IndicatorId);
    }

    private Task SaveAsync(CancellationToken cancellationToken) => db.SaveOrRefuseAsync(cancellationToken);

    private async Task<(Dictionary<Guid, Indicator> Indicators, ILookup<Guid, Outcome> Existing, ValidationErrors Errors)> CheckAsync(
        Guid unitId, Period period, IReadOnlyList<OutcomeInput> inputs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        await access.RequireAsync(unitId, AccessLevel.Edit, cancellationToken);
        var ids = inputs.Select(i => i.IndicatorId).ToList();
        var indicators = await db.Indicators.AsNoTracking().Where(i => ids.Contains(i.Id) && i.OrgUnitId == unitId && i.Year == period.Year)
            .ToDictionaryAsync(i => i.Id, cancellationToken);
        var existing = (await db.Outcomes.Where(o => ids.Contains(o.IndicatorId) && o.Year == period.Year).ToListAsync(cancellationToken))
            .ToLookup(o => o.IndicatorId);
        var errors = new ValidationErrors();
        for (var row = 0; row < inputs.Count; row++)
        {
            var input = inputs[row];
            if (!indicators.TryGetValue(input.IndicatorId, out var indicator))
            {
                throw new UnitAccessDeniedException(UnitAccessOutcome.NotFound);
            }

            errors.AddRange(input.Validate(indicator).Select(e => new FieldError($"Rows[{row}].{e.Field}", $"{indicator.Name}: {e.Message}")));
            var stored = CountingOutcome.For(existing[input.IndicatorId], o => o.Period, period);
            if (stored is not null && input.Version is { } v && v != stored.Version)
            {
                errors.Add($"Rows[{row}].Value", string.Format(System.Globalization.CultureInfo.CurrentCulture, Texts.Outcome_Stale, indicator.Name, OutcomeDisplay.Describe(stored, indicator)));
            }
        }

        return (indicators, existing, errors);
    }
}


public sealed record AssessedOutcome(Outcome Outcome, decimal? Value, Rag? Colour, decimal? Previous, bool? TargetMet, string Text);

public sealed record IndicatorRow(Indicator Indicator, AssessedOutcome? Latest);

public sealed record UnitIndicators(OrgUnit Unit, int Year, IReadOnlyList<IndicatorRow> Rows, bool CanEdit);

public sealed record IndicatorDetails(OrgUnit Unit, Indicator Indicator, IReadOnlyList<AssessedOutcome> Outcomes, IReadOnlyList<AuditEvent> History, bool CanEdit);

public sealed record OutcomeEntryRow(Indicator Indicator, Outcome? Stored, AssessedOutcome? Assessed);

public sealed record OutcomeEntry(OrgUnit Unit, Period Period, IReadOnlyList<OutcomeEntryRow> Rows, bool CanEdit);
