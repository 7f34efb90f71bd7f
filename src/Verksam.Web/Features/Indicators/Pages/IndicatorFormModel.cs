using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Domain.Scales;
using Verksam.Web.Shared.Pages;

namespace Verksam.Web.Features.Indicators.Pages;

/// <summary>What the create and edit pages share: the form, its preview without JavaScript, and its errors.</summary>
public abstract class IndicatorFormModel : VerksamPageModel
{
    [BindProperty]
    public IndicatorInput Input { get; set; } = new();

    [BindProperty]
    public Guid Version { get; set; }

    [BindProperty]
    public string? TestValue { get; set; }

    public ScalePreview? Preview { get; private set; }

    public abstract string CancelUrl { get; }

    /// <summary>
    /// Where "Spara" posts. Named, not left to the browser: after a preview the address ends in ?handler=Preview, and a
    /// form without an action would post there again instead of saving.
    /// </summary>
    public abstract string SaveUrl { get; }

    /// <summary>Where "Förhandsgranska skalan" posts, with everything the page's own address carries (the create page's year).</summary>
    public abstract string PreviewUrl { get; }

    /// <summary>Hidden fields the page needs back on every post (the create page's year).</summary>
    public virtual IReadOnlyDictionary<string, string> ExtraFields { get; } = new Dictionary<string, string>();

    /// <summary>Reads the scale as it would be saved and, given a test value, its colour; nothing is saved.</summary>
    protected void ShowPreview()
    {
        var errors = Input.Validate(out var scale);
        var scaleError = errors.FirstOrDefault(e => e.Field is nameof(IndicatorInput.ScaleNotation) or nameof(IndicatorInput.GreenFrom))?.Message;
        decimal? value = IndicatorInput.TryParseNumber(TestValue, out var v) ? v : null;
        Preview = scale is null && Input.ScaleMode == ScaleEntryMode.None
            ? new ScalePreview(Resources.Texts.Indicator_NoScale, null, null, null)
            : scale is null
                ? new ScalePreview(null, scaleError, null, null)
                : new ScalePreview(ScaleFormatter.Format(scale), null, ScaleJudgement.Colour(scale, value, null, Input.Decimals), TestValue, Rounded(value, Input.Decimals));
    }

    /// <summary>The test value as an outcome would show it, where the indicator's decimals round it; else null.</summary>
    private static string? Rounded(decimal? value, int decimals) =>
        value is { } v && ScaleJudgement.Shown(v, decimals) != v ? ScaleFormatter.FormatNumber(ScaleJudgement.Shown(v, decimals)) : null;
}

/// <summary>The scale as read and a test value's colour; <paramref name="ShownAs"/> the value rounded to the indicator's decimals, which is what is judged.</summary>
public sealed record ScalePreview(string? Formatted, string? Error, Rag? Colour, string? TestValue, string? ShownAs = null);
