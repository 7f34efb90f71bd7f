using System.Globalization;

namespace Verksam.Web.Domain.Risks;

/// <summary>A risk's score: likelihood × consequence in the municipality's matrix.</summary>
public static class RiskScoring
{
    public static int? Score(int? likelihood, int? consequence) => likelihood * consequence;

    /// <summary>The score as the seeds write it: "(5x4) 20"; nothing for a risk not yet scored.</summary>
    public static string Written(int? likelihood, int? consequence) =>
        likelihood is { } l && consequence is { } c ? string.Create(CultureInfo.InvariantCulture, $"({l}x{c}) {l * c}") : string.Empty;
}
