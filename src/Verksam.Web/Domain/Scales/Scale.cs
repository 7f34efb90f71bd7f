using System.Globalization;

namespace Verksam.Web.Domain.Scales;

public enum ScaleKind
{
    /// <summary>Written ranges per colour ("G: 80-100 % A: 50-79 % R: 0-49 %").</summary>
    Range = 1,

    /// <summary>Colours by change against the previous period ("G: Lägre andel A: Oförändrad andel R: Högre andel").</summary>
    Change = 2,
}

public enum Better
{
    Higher = 1,
    Lower = 2,
}

public enum ChangeDirection
{
    Lower = 1,
    Same = 2,
    Higher = 3,
}

public enum ScaleLabelStyle
{
    /// <summary>G:, A:, R:</summary>
    Letters = 1,

    /// <summary>Grönt:, Gult:, Rött:</summary>
    Words = 2,
}

/// <summary>One end of a range; inclusive unless written "över"/"under"/"&gt;"/"&lt;".</summary>
public sealed record Bound(decimal Value, bool Inclusive);

/// <summary>The values that get one colour. A missing bound is open ("66 eller fler" has no upper bound).</summary>
public sealed record ScaleBand(Rag Colour, Bound? Lower, Bound? Upper, ChangeDirection? Change = null)
{
    public bool Contains(decimal value) => !IsBelow(value) && !IsAbove(value);

    /// <summary>The value lies below every value of the band.</summary>
    public bool IsBelow(decimal value) => Lower is not null && (Lower.Inclusive ? value < Lower.Value : value <= Lower.Value);

    /// <summary>The value lies above every value of the band.</summary>
    public bool IsAbove(decimal value) => Upper is not null && (Upper.Inclusive ? value > Upper.Value : value >= Upper.Value);
}

/// <summary>
/// A G/A/R scale: ordered bands plus which way is better. Evaluation is total – every value gets exactly one colour:
/// a value in a band takes its colour; a value in a gap between two written ranges takes the worse of the two; a value
/// beyond either end takes the colour of that end. A change scale compares with the previous period and gives no colour
/// without one.
/// </summary>
public sealed class Scale
{
    private Scale(ScaleKind kind, IReadOnlyList<ScaleBand> bands, Better better, ScaleLabelStyle style, string? unit)
    {
        Kind = kind;
        Bands = bands;
        Better = better;
        LabelStyle = style;
        Unit = unit;
    }

    public ScaleKind Kind { get; }

    /// <summary>For a range scale, from the lowest values to the highest; for a change scale, Lower, Same, Higher.</summary>
    public IReadOnlyList<ScaleBand> Bands { get; }

    public Better Better { get; }

    /// <summary>How the scale was written, so it is shown back the same way.</summary>
    public ScaleLabelStyle LabelStyle { get; }

    /// <summary>The unit written with the numbers ("%", "dagar"), or the noun of a change scale ("andel").</summary>
    public string? Unit { get; }

    public ScaleBand? BandFor(Rag colour) => Bands.FirstOrDefault(b => b.Colour == colour);

    /// <summary>The colour of <paramref name="value"/>; null only for a change scale without a previous value.</summary>
    public Rag? Evaluate(decimal value, decimal? previous = null)
    {
        if (Kind == ScaleKind.Change)
        {
            if (previous is null)
            {
                return null;
            }

            var change = value < previous ? ChangeDirection.Lower : value > previous ? ChangeDirection.Higher : ChangeDirection.Same;
            return Bands.First(b => b.Change == change).Colour;
        }

        for (var i = 0; i < Bands.Count; i++)
        {
            var band = Bands[i];
            if (band.Contains(value))
            {
                return band.Colour;
            }

            if (band.IsBelow(value))
            {
                // Below the lowest band: that end's colour. Between two bands: the worse of them.
                return i == 0 ? band.Colour : RagText.Worse(Bands[i - 1].Colour, band.Colour);
            }
        }

        return Bands[^1].Colour;
    }

    /// <summary>Builds a range scale, refusing reversed or overlapping ranges and colours out of order.</summary>
    public static ScaleResult CreateRange(IEnumerable<ScaleBand> bands, ScaleLabelStyle style = ScaleLabelStyle.Letters, string? unit = null)
    {
        ArgumentNullException.ThrowIfNull(bands);
        var list = bands.ToList();
        if (list.GroupBy(b => b.Colour).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            return ScaleResult.Fail(string.Format(CultureInfo.CurrentCulture, ScaleTexts.ColourTwice, ScaleTexts.ColourName(twice.Key)));
        }

        if (list.Count < 2)
        {
            return ScaleResult.Fail(ScaleTexts.TooFewColours);
        }

        foreach (var band in list)
        {
            if (band.Lower is null && band.Upper is null)
            {
                return ScaleResult.Fail(string.Format(CultureInfo.CurrentCulture, ScaleTexts.BandHasNoBounds, ScaleTexts.ColourName(band.Colour)));
            }

            if (band.Lower is not null && band.Upper is not null &&
                (band.Lower.Value > band.Upper.Value || (band.Lower.Value == band.Upper.Value && !(band.Lower.Inclusive && band.Upper.Inclusive))))
            {
                return ScaleResult.Fail(string.Format(
                    CultureInfo.CurrentCulture, ScaleTexts.Reversed, ScaleTexts.ColourName(band.Colour), ScaleFormatter.FormatNumber(band.Lower.Value), ScaleFormatter.FormatNumber(band.Upper.Value)));
            }
        }

        var ordered = list.OrderBy(b => b.Lower is null ? 0 : 1).ThenBy(b => b.Lower?.Value ?? 0).ThenBy(b => b.Lower is { Inclusive: true } ? 0 : 1).ToList();
        for (var i = 0; i + 1 < ordered.Count; i++)
        {
            var (first, second) = (ordered[i], ordered[i + 1]);
            var overlaps = first.Upper is null || second.Lower is null ||
                first.Upper.Value > second.Lower.Value ||
                (first.Upper.Value == second.Lower.Value && first.Upper.Inclusive && second.Lower.Inclusive);
            if (overlaps)
            {
                return ScaleResult.Fail(string.Format(CultureInfo.CurrentCulture, ScaleTexts.Overlap, ScaleTexts.ColourName(first.Colour), ScaleTexts.ColourName(second.Colour)));
            }
        }

        // Colours must run Red → Yellow → Green one way or the other, or the scale says nothing about which way is better.
        var colours = ordered.Select(b => b.Colour).ToList();
        var ascending = colours.Zip(colours.Skip(1)).All(p => p.First > p.Second);
        var descending = colours.Zip(colours.Skip(1)).All(p => p.First < p.Second);
        if (!ascending && !descending)
        {
            return ScaleResult.Fail(ScaleTexts.OutOfOrder);
        }

        return ScaleResult.Ok(new Scale(ScaleKind.Range, ordered, ascending ? Better.Higher : Better.Lower, style, unit));
    }

    /// <summary>Builds a change scale: one colour each for a lower, an unchanged and a higher value, green and red at opposite ends.</summary>
    public static ScaleResult CreateChange(IEnumerable<ScaleBand> bands, ScaleLabelStyle style = ScaleLabelStyle.Letters, string? noun = null)
    {
        ArgumentNullException.ThrowIfNull(bands);
        var list = bands.ToList();
        if (list.GroupBy(b => b.Colour).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            return ScaleResult.Fail(string.Format(CultureInfo.CurrentCulture, ScaleTexts.ColourTwice, ScaleTexts.ColourName(twice.Key)));
        }

        var green = list.FirstOrDefault(b => b.Colour == Rag.Green)?.Change;
        var yellow = list.FirstOrDefault(b => b.Colour == Rag.Yellow)?.Change;
        var red = list.FirstOrDefault(b => b.Colour == Rag.Red)?.Change;
        if (list.Count != 3 || yellow != ChangeDirection.Same || green is null or ChangeDirection.Same || red is null or ChangeDirection.Same || green == red)
        {
            return ScaleResult.Fail(ScaleTexts.ChangeNeedsThree);
        }

        var ordered = list.OrderBy(b => b.Change).ToList();
        return ScaleResult.Ok(new Scale(ScaleKind.Change, ordered, green == ChangeDirection.Lower ? Better.Lower : Better.Higher, style, noun));
    }

    /// <summary>Equal bands and direction; how it was written does not count.</summary>
    public bool SameRulesAs(Scale other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Kind == other.Kind && Better == other.Better && Bands.SequenceEqual(other.Bands);
    }
}

public sealed record ScaleResult(Scale? Scale, string? Error)
{
    public bool IsValid => Scale is not null;

    public static ScaleResult Ok(Scale scale) => new(scale, null);

    public static ScaleResult Fail(string error) => new(null, error);
}
