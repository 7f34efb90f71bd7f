using Verksam.Web.Domain.Scales;

namespace Verksam.Web.Domain.Assessment;

/// <summary>How a municipality turns a goal's indicator colours into a proposed colour for the goal.</summary>
public enum RollUpRule
{
    /// <summary>The worst colour among the indicators with an outcome.</summary>
    WorstColour = 1,

    /// <summary>By the share of green indicators: green from <see cref="RollUpSettings.GreenFrom"/>, yellow from <see cref="RollUpSettings.YellowFrom"/>.</summary>
    ShareGreen = 2,

    /// <summary>A weighted score, green 1, yellow ½, red 0, with the same thresholds as the share of green.</summary>
    Weighted = 3,
}

public sealed record RollUpSettings(RollUpRule Rule = RollUpRule.WorstColour, decimal GreenFrom = 0.8m, decimal YellowFrom = 0.5m)
{
    public static readonly RollUpSettings Default = new();
}

/// <summary>One input to a proposal: an indicator's colour for the period (null when it has no outcome) and its weight.</summary>
public sealed record ColourInput(Rag? Colour, decimal Weight = 1m);

/// <summary>A proposed colour, the rule that made it, and how many inputs it counted.</summary>
public sealed record Proposal(Rag? Colour, RollUpRule Rule, int Counted, int Total);

/// <summary>The uppfyllelse of a goal for a tertial or the year.</summary>
public enum Fulfilment
{
    Full = 1,
    Partial = 2,
    NotMet = 3,
}

public static class RollUp
{
    /// <summary>
    /// Proposes a colour. Only inputs with a colour count (for the weighted rule, only those with a positive weight);
    /// with none, there is no proposal.
    /// </summary>
    public static Proposal Propose(IEnumerable<ColourInput> inputs, RollUpSettings settings)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(settings);
        var all = inputs.ToList();
        var counted = all.Where(i => i.Colour is not null && (settings.Rule != RollUpRule.Weighted || i.Weight > 0)).ToList();
        if (counted.Count == 0)
        {
            return new Proposal(null, settings.Rule, 0, all.Count);
        }

        var colour = settings.Rule switch
        {
            RollUpRule.ShareGreen => ByThreshold((decimal)counted.Count(i => i.Colour == Rag.Green) / counted.Count, settings),
            RollUpRule.Weighted => ByThreshold(counted.Sum(i => i.Weight * Points(i.Colour!.Value)) / counted.Sum(i => i.Weight), settings),
            _ => counted.Max(i => i.Colour!.Value),
        };
        return new Proposal(colour, settings.Rule, counted.Count, all.Count);
    }

    /// <summary>
    /// Proposes a tertial's or the year's fulfilment from the goal's colours of its months and the colours of the
    /// indicators measured less often, by the same rule.
    /// </summary>
    public static (Fulfilment? Fulfilment, Proposal Proposal) ProposeFulfilment(IEnumerable<Rag?> monthColours, IEnumerable<ColourInput> lessFrequentIndicators, RollUpSettings settings)
    {
        var proposal = Propose(monthColours.Select(c => new ColourInput(c)).Concat(lessFrequentIndicators), settings);
        return (proposal.Colour is { } c ? ToFulfilment(c) : null, proposal);
    }

    public static Fulfilment ToFulfilment(Rag colour) => colour switch
    {
        Rag.Green => Fulfilment.Full,
        Rag.Yellow => Fulfilment.Partial,
        _ => Fulfilment.NotMet,
    };

    /// <summary>The colour a fulfilment is shown in: fully met green, partly yellow, not met red.</summary>
    public static Rag ToColour(Fulfilment fulfilment) => fulfilment switch
    {
        Fulfilment.Full => Rag.Green,
        Fulfilment.Partial => Rag.Yellow,
        _ => Rag.Red,
    };

    private static decimal Points(Rag colour) => colour switch
    {
        Rag.Green => 1m,
        Rag.Yellow => 0.5m,
        _ => 0m,
    };

    private static Rag ByThreshold(decimal score, RollUpSettings settings) =>
        score >= settings.GreenFrom ? Rag.Green : score >= settings.YellowFrom ? Rag.Yellow : Rag.Red;
}

public static class TargetCheck
{
    /// <summary>Whether an outcome meets the annual target, respecting which way is better (sick leave 3,5 % meets a target of 6 %).</summary>
    public static bool IsMet(decimal value, decimal target, Better better) => better == Better.Lower ? value <= target : value >= target;
}
