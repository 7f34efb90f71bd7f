using System.Text.Json;
using Verksam.Web.Data;

namespace Verksam.Web.Shared.Auditing;

public sealed class AuditEvent
{
    public const int ActionMaxLength = 40;
    public const int EntityTypeMaxLength = 100;
    public const int EntityIdMaxLength = 200;
    public const int ActorMaxLength = 200;

    public Guid Id { get; set; }

    public DateTime OccurredAt { get; set; }

    /// <summary>The user's id; null for the system itself (start-up, demo load, command line).</summary>
    public string? ActorId { get; set; }

    public string ActorName { get; set; } = string.Empty;

    public AuditAction Action { get; set; }

    public string EntityType { get; set; } = string.Empty;

    public string EntityId { get; set; } = string.Empty;

    /// <summary>The unit the change belongs to, so an administrator can read a unit's log; no foreign key, the log outlives the unit.</summary>
    public Guid? OrgUnitId { get; set; }

    /// <summary>JSON: property name → { before, after }.</summary>
    public string Changes { get; set; } = "{}";

    /// <summary>The changes read back: property name → before and after; empty when the stored text is not a change list.</summary>
    public IReadOnlyDictionary<string, AuditChange> ReadChanges()
    {
        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, AuditChange>>(Changes) ?? [];
        }
        catch (JsonException)
        {
            return new Dictionary<string, AuditChange>();
        }
    }
}

public enum AuditAction
{
    Created = 1,
    Updated = 2,
    Deleted = 3,
    AccessDenied = 4,
    Read = 5,
}

/// <summary>An entity whose every change is written to the audit log.</summary>
public interface IAudited
{
    /// <summary>The unit whose log shows this change, if any.</summary>
    Guid? AuditOrgUnitId { get; }
}

/// <summary>
/// A text about a person in care: the audit log records who changed it and when, and that it changed, but not the
/// text itself, so the log does not spread what only the register's readers may see. Every free text is logged so
/// (see <see cref="AuditValueAttribute"/>); this mark says why, and keeps the text out even if it is ever marked a value.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SensitiveTextAttribute : Attribute
{
    /// <summary>What the log holds instead of a free text: that there was one, and so that it changed.</summary>
    public const string Placeholder = "(dold)";
}

/// <summary>
/// A text property of an audited entity whose value the audit log keeps: a name or title that says which thing
/// changed, a key, a number, or who acted. Every other text property is a free text, and the log records only that
/// it changed (as <see cref="SensitiveTextAttribute.Placeholder"/>), never what it says: the log is kept for good and
/// cannot be corrected (item 10 of issue 17), so nothing a person may have written about someone may go into it.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class AuditValueAttribute : Attribute;

/// <summary>An int property holding months as bits (bit 0 = January): the change log names the months.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class AuditMonthsAttribute : Attribute;

/// <summary>
/// An int property whose values are choices with names (a section's level 1 is "Kapitel"): the change log writes the
/// word kept under the resource <c>AuditValue_{Name}_{value}</c>, and the number where no word is kept.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class AuditWordsAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
