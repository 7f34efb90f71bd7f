using Verksam.Web.Shared.Auditing;
using Verksam.Web.Shared.Validation;

namespace Verksam.Web.Features.Register;

/// <summary>What kind of matter the register holds (seed 003's last table; SOSFS 2011:9 and the Lex Sarah and Lex Maria rules).</summary>
public enum MatterKind
{
    /// <summary>Synpunkt.</summary>
    Feedback = 1,

    /// <summary>Klagomål.</summary>
    Complaint = 2,

    /// <summary>Beröm.</summary>
    Praise = 3,

    /// <summary>Avvikelse.</summary>
    Deviation = 4,

    LexSarah = 5,

    LexMaria = 6,
}

/// <summary>Från vem har klagomål eller synpunkt inkommit?</summary>
public enum MatterSource
{
    Other = 1,
    Client = 2,
    Staff = 3,
    Relative = 4,
    Partner = 5,
}

/// <summary>Vad gällde klagomålet eller synpunkten?</summary>
public enum ComplaintCategory
{
    Other = 1,
    Staffing = 2,
    Treatment = 3,
    Decision = 4,
    Information = 5,
    Routines = 6,
    Question = 7,
    PhysicalEnvironment = 8,
    PersonalData = 9,
    Competence = 10,
    Technology = 11,
    Accessibility = 12,
    MissedService = 13,
}

/// <summary>Vem har identifierat avvikelsen?</summary>
public enum DeviationIdentifiedBy
{
    ExternalPartner = 1,
    Staff = 2,
}

/// <summary>Vad har avvikelsen berört?</summary>
public enum DeviationCategory
{
    Other = 1,
    Treatment = 2,
    LegalCertainty = 3,
    ServiceDelivery = 4,
    PhysicalEnvironment = 5,
}

/// <summary>Vem avser avvikelsen?</summary>
public enum DeviationConcerns
{
    OtherProvider = 1,
    OwnUnit = 2,
}

public enum MatterStatus
{
    Received = 1,
    Investigating = 2,
    Investigated = 3,
    Closed = 4,
}

/// <summary>The decision a Lex Sarah or Lex Maria investigation ends in.</summary>
public enum SeriousnessDecision
{
    /// <summary>Not an allvarligt missförhållande (or vårdskada) nor a påtaglig risk of one.</summary>
    NotSerious = 1,

    /// <summary>Allvarligt missförhållande eller påtaglig risk för ett allvarligt missförhållande: to be notified to IVO.</summary>
    Serious = 2,
}

public enum FeedbackForm
{
    Conversation = 1,
    Phone = 2,
    Letter = 3,
    Email = 4,
    Meeting = 5,
}

/// <summary>
/// One matter in the unit's register: a synpunkt, klagomål, beröm, avvikelse, Lex Sarah or Lex Maria report, how it
/// was handled, and for Lex Sarah and Lex Maria the decision and the date IVO was notified. The texts concern people
/// in care, so the audit log records that they changed, never what they say.
/// </summary>
public sealed class Matter : IAudited, IVersioned
{
    public const int OtherCategoryMaxLength = 200;

    public Guid Id { get; set; }

    public Guid OrgUnitId { get; set; }

    public MatterKind Kind { get; set; }

    public DateOnly ReceivedOn { get; set; }

    /// <summary>
    /// The year of the matter's number: the year it was received when it was recorded. It stays when the date is
    /// corrected later, so a number once given is never given again.
    /// </summary>
    public int NumberYear { get; set; }

    /// <summary>The matter's number within its unit and <see cref="NumberYear"/>, from 1 in the order recorded.</summary>
    public int Number { get; set; }

    /// <summary>How people refer to the matter: "2024-007", unique within the unit.</summary>
    public string Reference => FormatReference(NumberYear, Number);

    public static string FormatReference(int year, int number) => $"{year}-{number:000}";

    /// <summary>Numbers matters recorded together (the demo, a test) from 1 per unit and year, in the order they were received.</summary>
    public static void NumberInOrder(IEnumerable<Matter> matters)
    {
        ArgumentNullException.ThrowIfNull(matters);
        foreach (var group in matters.GroupBy(m => (m.OrgUnitId, m.ReceivedOn.Year)))
        {
            var next = 1;
            foreach (var matter in group.OrderBy(m => m.ReceivedOn))
            {
                matter.NumberYear = group.Key.Year;
                matter.Number = next++;
            }
        }
    }

    /// <summary>Who raised a synpunkt, klagomål or beröm.</summary>
    public MatterSource? Source { get; set; }

    public ComplaintCategory? Category { get; set; }

    /// <summary>What "Annat" was, when the category is <see cref="ComplaintCategory.Other"/> or <see cref="DeviationCategory.Other"/>.</summary>
    [SensitiveText]
    public string? OtherCategory { get; set; }

    public DeviationIdentifiedBy? IdentifiedBy { get; set; }

    public DeviationCategory? DeviationCategory { get; set; }

    public DeviationConcerns? Concerns { get; set; }

    [SensitiveText]
    public string Description { get; set; } = string.Empty;

    public MatterStatus Status { get; set; } = MatterStatus.Received;

    [SensitiveText]
    public string? Investigation { get; set; }

    /// <summary>Vidtagna åtgärder; a complaint with measures counts in the table's last row.</summary>
    [SensitiveText]
    public string? Measures { get; set; }

    public bool FeedbackGiven { get; set; }

    public DateOnly? FeedbackOn { get; set; }

    public FeedbackForm? FeedbackForm { get; set; }

    public SeriousnessDecision? Decision { get; set; }

    public DateOnly? DecidedOn { get; set; }

    public DateOnly? IvoNotifiedOn { get; set; }

    public DateOnly? ClosedOn { get; set; }

    public Guid Version { get; set; }

    Guid? IAudited.AuditOrgUnitId => OrgUnitId;

    public bool IsLexReport => Kind is MatterKind.LexSarah or MatterKind.LexMaria;

    /// <summary>Synpunkter and klagomål: counted by who raised them and what they concerned.</summary>
    public bool IsComplaintLike => Kind is MatterKind.Feedback or MatterKind.Complaint;
}

/// <summary>
/// The register's time limits at a unit and every unit below it that sets none of its own: when an open matter is
/// flagged, and for Lex Sarah and Lex Maria how soon the decision and the notification to IVO are due.
/// </summary>
public sealed class RegisterSettings : IAudited, IVersioned
{
    public const int DefaultOpenDays = 30;
    public const int DefaultDecisionDays = 14;
    public const int DefaultIvoDays = 7;

    public Guid OrgUnitId { get; set; }

    public int OpenDaysLimit { get; set; } = DefaultOpenDays;

    public int DecisionDaysLimit { get; set; } = DefaultDecisionDays;

    public int IvoDaysLimit { get; set; } = DefaultIvoDays;

    public Guid Version { get; set; }

    Guid? IAudited.AuditOrgUnitId => OrgUnitId;
}

/// <summary>The unit's text "Sammanfattning och planerade åtgärder" for one row group of the year's table.</summary>
public sealed class RegisterSummary : IAudited, IVersioned
{
    public const int GroupMaxLength = 40;

    public Guid OrgUnitId { get; set; }

    public int Year { get; set; }

    public string Group { get; set; } = string.Empty;

    public string Text { get; set; } = string.Empty;

    public Guid Version { get; set; }

    Guid? IAudited.AuditOrgUnitId => OrgUnitId;
}
