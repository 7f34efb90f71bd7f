using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Domain.Periods;
using Verksam.Web.Resources;
using Verksam.Web.Shared.Links;
using Verksam.Web.Shared.Pages;

namespace Verksam.Web.Features.Indicators.Pages;

/// <summary>Entering a period's outcomes for all of a unit's indicators at once; works without JavaScript.</summary>
public sealed class EntryModel(IndicatorService indicators, TimeProvider time) : VerksamPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true, Name = "period")]
    public string? PeriodCode { get; set; }

    [BindProperty]
    public List<EntryRowInput> Rows { get; set; } = [];

    public OutcomeEntry Entry { get; private set; } = null!;

    public IReadOnlyList<Period> Periods { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return Redirect(Link.Outcomes(Id, await DefaultPeriodAsync()));
        }

        Rows = Entry.Rows.Select(EntryRowInput.From).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var posted = Rows;
        if (!await LoadAsync())
        {
            return NotFound();
        }

        // Keep what was typed whatever happens; show it back on any problem.
        Rows = Entry.Rows.Select(r => posted.FirstOrDefault(p => p.IndicatorId == r.Indicator.Id) ?? EntryRowInput.From(r)).ToList();
        var inputs = new List<OutcomeInput>();
        for (var r = 0; r < Entry.Rows.Count; r++)
        {
            inputs.Add(Rows[r].ToInput(Entry.Rows[r].Indicator, r, ModelState));
        }

        if (!ModelState.IsValid)
        {
            // Numbers that could not be read are not all that is wrong: show every other refusal of the form too,
            // so that one save tells the user everything, in the order of the form.
            var unreadable = ModelState.Where(e => e.Value!.Errors.Count > 0).Select(e => RowOf(e.Key)).ToHashSet();
            foreach (var error in await indicators.CheckOutcomesAsync(Id, Entry.Period, inputs))
            {
                if (!unreadable.Contains(RowOf(error.Field)))
                {
                    ModelState.AddModelError(error.Field, error.Message);
                }
            }

            InFormOrder();
            return Page();
        }

        return await SaveAsync(
            async () =>
            {
                await indicators.SaveOutcomesAsync(Id, Entry.Period, inputs);
                Confirmation = string.Format(CultureInfo.CurrentCulture, Texts.Outcomes_Saved, Entry.Period.Name);
                return Redirect(Link.Outcomes(Id, Entry.Period));
            },
            prefix: string.Empty);
    }

    /// <summary>The row of a key "Rows[3].Value"; -1 for a key of no row.</summary>
    private static int RowOf(string key) =>
        key.StartsWith("Rows[", StringComparison.Ordinal) && int.TryParse(key.AsSpan(5, Math.Max(0, key.IndexOf(']', StringComparison.Ordinal) - 5)), System.Globalization.NumberStyles.None, CultureInfo.InvariantCulture, out var row) ? row : -1;

    /// <summary>Puts the messages in the order the fields stand in on the page: row by row, and within a row as its fields come.</summary>
    private void InFormOrder()
    {
        string[] fields = [nameof(EntryRowInput.Value), nameof(EntryRowInput.Numerator), nameof(EntryRowInput.Denominator), nameof(EntryRowInput.Counts), nameof(EntryRowInput.ValueMen), nameof(EntryRowInput.ValueWomen), nameof(EntryRowInput.Comment)];
        int FieldOf(string key)
        {
            var name = key[(key.IndexOf('.', StringComparison.Ordinal) + 1)..];
            var at = Array.FindIndex(fields, f => name.StartsWith(f, StringComparison.Ordinal));
            return at < 0 ? fields.Length : at;
        }

        var invalid = ModelState.Where(e => e.Value!.Errors.Count > 0)
            .Select(e => (e.Key, Messages: e.Value!.Errors.Select(x => x.ErrorMessage).ToList(), e.Value.AttemptedValue, e.Value.RawValue))
            .OrderBy(e => RowOf(e.Key)).ThenBy(e => FieldOf(e.Key)).ToList();
        foreach (var entry in invalid)
        {
            ModelState.Remove(entry.Key);
        }

        foreach (var entry in invalid)
        {
            ModelState.SetModelValue(entry.Key, entry.RawValue, entry.AttemptedValue);
            foreach (var message in entry.Messages)
            {
                ModelState.AddModelError(entry.Key, message);
            }
        }
    }

    public Period OtherYear(int step)
    {
        var p = Entry.Period;
        return Period.FromStored(p.Year + step, p.Kind, p.StartMonth, p.EndMonth);
    }

    public string? Invalid(string key) => ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? "true" : null;

    private async Task<bool> LoadAsync()
    {
        if (!Period.TryParse(PeriodCode, out var period) || period.Kind == PeriodKind.Span)
        {
            return false;
        }

        Entry = await indicators.GetEntryAsync(Id, period);
        var months = Enumerable.Range(1, 12).Select(m => Period.Month(period.Year, m));
        var tertials = Enumerable.Range(1, 3).Select(t => Period.Tertial(period.Year, t));
        Periods = months.Concat(tertials).Append(Period.WholeYear(period.Year)).ToList();
        return true;
    }

    /// <summary>The period after the latest with outcomes, when it has ended (<see cref="Domain.Periods.OpeningPeriod.ForOutcomes"/>).</summary>
    private async Task<Period> DefaultPeriodAsync() =>
        await indicators.OpeningEntryPeriodAsync(Id, DateOnly.FromDateTime(time.GetLocalNow().DateTime));
}

/// <summary>One indicator's fields as typed, kept as text so nothing typed is lost on an error.</summary>
public sealed class EntryRowInput
{
    public Guid IndicatorId { get; set; }

    public Guid? Version { get; set; }

    public string? Value { get; set; }

    public string? Numerator { get; set; }

    public string? Denominator { get; set; }

    public List<string?> Counts { get; set; } = [];

    public string? ValueMen { get; set; }

    public string? ValueWomen { get; set; }

    public string? Comment { get; set; }

    public bool NotAssessed { get; set; }

    public static EntryRowInput From(OutcomeEntryRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var o = row.Stored;
        return new EntryRowInput
        {
            IndicatorId = row.Indicator.Id,
            Version = o?.Version,
            Value = Text(o?.Value),
            Numerator = Text(o?.Numerator),
            Denominator = Text(o?.Denominator),
            Counts = row.Indicator.SurveyAnswers.Select(a => o is not null && o.SurveyCounts.TryGetValue(a.Label, out var c) ? Text(c) : null).ToList(),
            ValueMen = Text(o?.ValueMen),
            ValueWomen = Text(o?.ValueWomen),
            Comment = o?.Comment,
            NotAssessed = o?.NotAssessed ?? false,
        };
    }

    /// <summary>The typed row as numbers; a number that cannot be read is a message on its field.</summary>
    public OutcomeInput ToInput(Indicator indicator, int row, Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary state)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(state);
        decimal? Read(string? text, string field)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            if (IndicatorInput.TryParseNumber(text, out var value))
            {
                return value;
            }

            state.AddModelError($"Rows[{row}].{field}", string.Format(CultureInfo.CurrentCulture, Texts.Outcome_NotANumber, indicator.Name, text));
            return null;
        }

        Dictionary<string, decimal>? counts = null;
        if (indicator.Measurement == MeasurementKind.Survey && Counts.Any(c => !string.IsNullOrWhiteSpace(c)))
        {
            counts = [];
            for (var c = 0; c < indicator.SurveyAnswers.Count; c++)
            {
                counts[indicator.SurveyAnswers[c].Label] = Read(c < Counts.Count ? Counts[c] : null, "SurveyCounts") ?? 0;
            }
        }

        return new OutcomeInput(IndicatorId, Read(Value, "Value"), Read(Numerator, "Numerator"), Read(Denominator, "Denominator"), counts, Read(ValueMen, "ValueMen"), Read(ValueWomen, "ValueWomen"), Comment, Version, NotAssessed);
    }

    private static string? Text(decimal? value) => value?.ToString("0.####", CultureInfo.GetCultureInfo("sv-SE"));
}
