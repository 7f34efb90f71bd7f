using System.Globalization;
using Verksam.Web.Data;
using Verksam.Web.Resources;

namespace Verksam.Web.Shared.Auditing;

/// <summary>A logged change in Swedish, for the people who read the log: "Beskrivning ändrades", "Namn: Stöd → Omsorg".</summary>
public static class AuditWording
{
    /// <summary>Whether the log kept only that a free text changed, not the text (<see cref="AuditValueAttribute"/>).</summary>
    public static bool IsFreeText(AuditChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return (change.Before ?? change.After) == SensitiveTextAttribute.Placeholder
            && change.Before is null or SensitiveTextAttribute.Placeholder
            && change.After is null or SensitiveTextAttribute.Placeholder;
    }

    /// <summary>The Swedish name of a logged property: the entity's own word for it if it has one, else the common one.</summary>
    public static string FieldName(string entityType, string property) =>
        Texts.ResourceManager.GetString($"AuditField_{entityType}_{property}", CultureInfo.CurrentUICulture)
        ?? Texts.ResourceManager.GetString("AuditField_" + property, CultureInfo.CurrentUICulture)
        ?? property;

    /// <summary>
    /// One change as a line: a free text by whether it was written, changed or removed; a value before and after,
    /// each shown through <paramref name="value"/> (as stored, without it).
    /// </summary>
    public static string Describe(string field, AuditChange change, Func<string?, string>? value = null)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (IsFreeText(change))
        {
            var wording = change.Before is null ? Texts.Audit_TextAdded : change.After is null ? Texts.Audit_TextRemoved : Texts.Audit_TextChanged;
            return string.Format(CultureInfo.CurrentCulture, wording, field);
        }

        value ??= text => text ?? "–";
        return $"{field}: {value(change.Before)} → {value(change.After)}";
    }
}
