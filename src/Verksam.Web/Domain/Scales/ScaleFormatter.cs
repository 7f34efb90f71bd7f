using System.Globalization;
using System.Text;

namespace Verksam.Web.Domain.Scales;

/// <summary>Writes a scale back in the seeds' style, green first: "G: 80-100 % A: 50-79 % R: 0-49 %".</summary>
public static class ScaleFormatter
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    public static string Format(Scale scale)
    {
        ArgumentNullException.ThrowIfNull(scale);
        var text = new StringBuilder();
        foreach (var colour in new[] { Rag.Green, Rag.Yellow, Rag.Red })
        {
            if (scale.BandFor(colour) is not { } band)
            {
                continue;
            }

            if (text.Length > 0)
            {
                text.Append(' ');
            }

            text.Append(Label(colour, scale.LabelStyle)).Append(' ').Append(FormatBand(band, scale));
        }

        return text.ToString();
    }

    public static string FormatNumber(decimal value) => value.ToString("0.##########", Swedish);

    private static string Label(Rag colour, ScaleLabelStyle style) => style == ScaleLabelStyle.Words
        ? ScaleTexts.ColourName(colour) + ":"
        : RagText.Letter(colour) + ":";

    private static string FormatBand(ScaleBand band, Scale scale)
    {
        if (band.Change is { } change)
        {
            var word = change switch
            {
                ChangeDirection.Lower => "Lägre",
                ChangeDirection.Same => "Oförändrad",
                _ => "Högre",
            };
            return scale.Unit is null ? word : word + " " + scale.Unit;
        }

        var unit = scale.Unit is null ? string.Empty : " " + scale.Unit;
        var (lower, upper) = (band.Lower, band.Upper);
        return (lower, upper) switch
        {
            ({ } l, { } u) when l.Value == u.Value => FormatNumber(l.Value) + unit,
            ({ } l, { } u) => FormatNumber(l.Value) + "-" + FormatNumber(u.Value) + unit,
            // "120 eller fler dagar", "80 % eller fler", as the seeds write it.
            ({ Inclusive: true } l, null) => scale.Unit == "%" ? FormatNumber(l.Value) + unit + " eller fler" : FormatNumber(l.Value) + " eller fler" + unit,
            ({ } l, null) => "över " + FormatNumber(l.Value) + unit,
            (null, { Inclusive: true } u) => "-" + FormatNumber(u.Value) + unit,
            (null, { } u) => "under " + FormatNumber(u.Value) + unit,
            _ => string.Empty,
        };
    }
}
