using System.Globalization;
using System.Text.RegularExpressions;

namespace Verksam.Web.Domain.Scales;

/// <summary>
/// Reads a scale the way the seeds write it: "G: 80-100% A: 50-79% R: 0-49%", "Grönt: -55 brukare Gult: 56-65
/// Rött: 66 eller fler", "Grönt över 85 %", "R: &gt; 40", "G: 0 - 1 A: 2 R: 3 -", "G: Lägre andel A: Oförändrad andel
/// R: Högre andel". Words after a number are taken as its unit. What cannot be read is named in the message.
/// A leading dash means "up to" ("-55"), as in the seeds; scales have no negative numbers.
/// </summary>
public static partial class ScaleParser
{
    private const string Num = @"(?<{0}>\d+(?:[.,]\d+)?)";
    private const string Percent = @"(?:\s*(?:%|procent))?";
    private const string Words = @"(?<unit>(?:\s*(?:%|procent))?(?:\s+[\p{L}][\p{L}\-/]*)*)";

    private static readonly (Regex Pattern, Func<decimal, decimal?, (Bound? Lower, Bound? Upper)> Build)[] RangeForms =
    [
        (Form($@"(?:över|mer än|fler än|>)\s*{N("a")}{Words}"), (a, _) => (new Bound(a, false), null)),
        (Form($@"(?:under|mindre än|färre än|<)\s*{N("a")}{Words}"), (a, _) => (null, new Bound(a, false))),
        (Form($@"(?:>=|minst|från)\s*{N("a")}{Words}"), (a, _) => (new Bound(a, true), null)),
        (Form($@"(?:<=|högst|max(?:imalt)?|till)\s*{N("a")}{Words}"), (a, _) => (null, new Bound(a, true))),
        (Form($@"{N("a")}{Percent}\s*(?:eller fler|eller mer|eller högre|och uppåt|och mer|\+){Words}"), (a, _) => (new Bound(a, true), null)),
        (Form($@"{N("a")}{Percent}\s*(?:eller färre|eller mindre|eller lägre|och nedåt){Words}"), (a, _) => (null, new Bound(a, true))),
        (Form($@"{N("a")}{Percent}\s*-\s*{N("b")}{Words}"), (a, b) => (new Bound(a, true), new Bound(b!.Value, true))),
        (Form($@"-\s*{N("a")}{Words}"), (a, _) => (null, new Bound(a, true))),
        (Form($@"{N("a")}{Percent}\s*-(?<unit>(?:\s+[\p{{L}}][\p{{L}}\-/]*)*)"), (a, _) => (new Bound(a, true), null)),
        (Form($@"{N("a")}{Words}"), (a, _) => (new Bound(a, true), new Bound(a, true))),
    ];

    public static ScaleResult Parse(string? text)
    {
        var s = Normalise(text);
        if (s.Length == 0)
        {
            return ScaleResult.Fail(ScaleTexts.Empty);
        }

        var labels = LabelPattern().Matches(s);
        if (labels.Count == 0)
        {
            return ScaleResult.Fail(ScaleTexts.NoColour);
        }

        var before = TrimSeparators(s[..labels[0].Index]);
        if (before.Length > 0)
        {
            return ScaleResult.Fail(string.Format(CultureInfo.CurrentCulture, ScaleTexts.BeforeFirst, before));
        }

        var style = labels[0].Groups["long"].Success ? ScaleLabelStyle.Words : ScaleLabelStyle.Letters;
        var bands = new List<ScaleBand>();
        string? unit = null;
        for (var i = 0; i < labels.Count; i++)
        {
            var colour = ColourOf(labels[i]);
            var start = labels[i].Index + labels[i].Length;
            var end = i + 1 < labels.Count ? labels[i + 1].Index : s.Length;
            var body = TrimSeparators(s[start..end]);
            var band = ParseBand(colour, body, out var bandUnit);
            if (band is null)
            {
                return ScaleResult.Fail(string.Format(CultureInfo.CurrentCulture, ScaleTexts.Unreadable, ScaleTexts.ColourName(colour), body.Length == 0 ? "…" : body));
            }

            unit ??= bandUnit;
            bands.Add(band);
        }

        var changes = bands.Count(b => b.Change is not null);
        if (changes > 0 && changes < bands.Count)
        {
            return ScaleResult.Fail(ScaleTexts.Mixed);
        }

        return changes > 0 ? Scale.CreateChange(bands, style, unit) : Scale.CreateRange(bands, style, unit);
    }

    private static ScaleBand? ParseBand(Rag colour, string body, out string? unit)
    {
        unit = null;
        var change = ChangePattern().Match(body);
        if (change.Success)
        {
            var word = change.Groups["word"].Value.ToLowerInvariant();
            var direction = word.StartsWith("oförändr", StringComparison.Ordinal) || word == "samma" ? ChangeDirection.Same
                : word is "lägre" or "minskad" or "minskande" or "minskning" or "sjunkande" ? ChangeDirection.Lower
                : ChangeDirection.Higher;
            unit = NullIfEmpty(change.Groups["unit"].Value);
            return new ScaleBand(colour, null, null, direction);
        }

        foreach (var (pattern, build) in RangeForms)
        {
            var match = pattern.Match(body);
            if (!match.Success)
            {
                continue;
            }

            var a = ParseNumber(match.Groups["a"].Value);
            decimal? b = match.Groups["b"].Success ? ParseNumber(match.Groups["b"].Value) : null;
            var (lower, upper) = build(a, b);
            unit = body.Contains('%', StringComparison.Ordinal) || body.Contains("procent", StringComparison.OrdinalIgnoreCase)
                ? "%"
                : NullIfEmpty(match.Groups["unit"].Value);
            return new ScaleBand(colour, lower, upper);
        }

        return null;
    }

    private static string? NullIfEmpty(string value)
    {
        var words = value.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? null : words[0];
    }

    private static decimal ParseNumber(string text) => decimal.Parse(text.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture);

    private static Rag ColourOf(Match label)
    {
        var word = (label.Groups["long"].Success ? label.Groups["long"].Value : label.Groups["short"].Value).ToLowerInvariant();
        return word[0] switch
        {
            'g' when word is "g" or "grönt" or "grön" => Rag.Green,
            'r' => Rag.Red,
            _ => Rag.Yellow,
        };
    }

    private static string Normalise(string? text) =>
        WhitespacePattern().Replace((text ?? string.Empty).Replace('\u2013', '-').Replace('\u2014', '-').Replace('\u2212', '-')
            .Replace('\u00A0', ' ').Replace("≥", ">=", StringComparison.Ordinal).Replace("≤", "<=", StringComparison.Ordinal), " ").Trim();

    private static string TrimSeparators(string text) => text.Trim().Trim(',', ';', '.', '|').Trim();

    private static string N(string name) => string.Format(CultureInfo.InvariantCulture, Num, name);

    private static Regex Form(string body) => new("^" + body + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // A colour label: a long word ("Grönt", "Gult:") or a letter with a colon ("G:", "A:", "R:", "Y:").
    [GeneratedRegex(@"(?<![\p{L}\d])(?:(?<long>grönt|grön|gult|gul|rött|röd)(?![\p{L}])\s*:?|(?<short>[GARY])\s*:)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LabelPattern();

    [GeneratedRegex(@"^(?<word>lägre|minskad|minskande|minskning|sjunkande|oförändrad|oförändrat|oförändrade|samma|högre|ökad|ökande|ökning|stigande)(?<unit>(?:\s+[\p{L}][\p{L}\-/]*)*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChangePattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespacePattern();
}
