using Verksam.Web.Resources;
using Verksam.Web.Shared.Text;

namespace Verksam.Web.Features.Register;

/// <summary>Why an open matter is flagged: open longer than the unit's limit, no decision on a Lex report in time, IVO not notified in time.</summary>
public static class MatterFlags
{
    /// <summary>What is overdue about a matter, as sentences: open too long, a Lex report without decision, IVO not yet notified.</summary>
    public static IReadOnlyList<string> For(Matter matter, RegisterSettings settings, DateOnly today) => [.. Which(matter, settings, today).Select(f => f.Text)];

    /// <summary>The same flags with what each is about, for the reminders that tell of them (Aviseringar).</summary>
    public static IReadOnlyList<(MatterAlert Flag, string Text)> Which(Matter matter, RegisterSettings settings, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(matter);
        ArgumentNullException.ThrowIfNull(settings);
        var flags = new List<(MatterAlert, string)>();
        if (matter.Status == MatterStatus.Closed)
        {
            return flags;
        }

        var open = today.DayNumber - matter.ReceivedOn.DayNumber;
        if (open > settings.OpenDaysLimit)
        {
            flags.Add((MatterAlert.OpenTooLong, Counted.Format(nameof(Texts.Matter_Flag_Open), open, settings.OpenDaysLimit)));
        }

        if (matter.IsLexReport && matter.Decision is null && open > settings.DecisionDaysLimit)
        {
            flags.Add((MatterAlert.AwaitingDecision, Counted.Format(nameof(Texts.Matter_Flag_Decision), open, settings.DecisionDaysLimit)));
        }

        if (matter is { Decision: SeriousnessDecision.Serious, IvoNotifiedOn: null, DecidedOn: { } decided } && today.DayNumber - decided.DayNumber > settings.IvoDaysLimit)
        {
            flags.Add((MatterAlert.AwaitingIvo, Counted.Format(nameof(Texts.Matter_Flag_Ivo), today.DayNumber - decided.DayNumber, settings.IvoDaysLimit)));
        }

        return flags;
    }
}

/// <summary>What a flag is about: open past the unit's limit, a Lex report without a decision, IVO not notified.</summary>
public enum MatterAlert
{
    OpenTooLong,
    AwaitingDecision,
    AwaitingIvo,
}
