namespace Verksam.Web.Domain.Scales;

/// <summary>
/// How a value is judged against a scale: as it is shown and stored, rounded to the indicator's decimals, so the
/// colour never contradicts the number on the page and the preview gives the colour a saved outcome gets.
/// </summary>
public static class ScaleJudgement
{
    /// <summary>The value as pages and reports show it: rounded half away from zero.</summary>
    public static decimal Shown(decimal value, int decimals) => Math.Round(value, Math.Clamp(decimals, 0, 28), MidpointRounding.AwayFromZero);

    /// <summary>The colour of <paramref name="value"/> (with the previous period's for a change scale); without decimals, the value as given.</summary>
    public static Rag? Colour(Scale? scale, decimal? value, decimal? previous, int? decimals)
    {
        if (scale is null || value is not { } v)
        {
            return null;
        }

        return decimals is { } d
            ? scale.Evaluate(Shown(v, d), previous is { } p ? Shown(p, d) : null)
            : scale.Evaluate(v, previous);
    }
}
