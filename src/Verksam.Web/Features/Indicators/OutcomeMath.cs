namespace Verksam.Web.Features.Indicators;

/// <summary>How a measured value is computed from what is stored: a ratio from its parts, a survey share from its counts.</summary>
public static class OutcomeMath
{
    /// <summary>"27 av 29 = 93 %": the ratio as a percentage; null without a positive denominator.</summary>
    public static decimal? RatioPercent(decimal numerator, decimal denominator) =>
        denominator > 0 ? numerator / denominator * 100m : null;

    /// <summary>The share answering one of the counted answers, of all who answered; null when nobody answered.</summary>
    public static decimal? SurveyShare(IReadOnlyDictionary<string, decimal> counts, IReadOnlyCollection<string> countedAnswers)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(countedAnswers);
        var total = counts.Values.Sum();
        if (total <= 0)
        {
            return null;
        }

        var counted = counts.Where(c => countedAnswers.Contains(c.Key, StringComparer.OrdinalIgnoreCase)).Sum(c => c.Value);
        return counted / total * 100m;
    }
}
