using System.Globalization;
using Verksam.Web.Data;
using Verksam.Web.Resources;

namespace Verksam.Web.Shared.Auditing;

/// <summary>A logged change in Swedish, for the people who read the log: "Beskrivning ändrades", "Namn: Stöd → Omsorg".</summary>
public static partial class AuditWording
{
    /// <summary>Whether the log kept only that a free text changed, not the text (<see cref="AuditValueAttribute"/>).</summary>
    public static bool IsFreeText(AuditChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return (change.Before ?? change.After) == SensitiveTextAttribute.Placeholder
            && change.Before is null or SensitiveTextAttribute.Placeholder
            && change.After is null or SensitiveTextAttribute.Placeholder;
    }

    /// <summary>"Klagomål nr 2024-009 ändrat", "Risk ”Brist på personal” borttagen", "Åtkomst nekad till enhet ”Myndighet LSS”".</summary>
    public static string Headline(AuditAction action, AuditSubject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var wording = Texts.ResourceManager.GetString($"Audit_Headline_{action}_{subject.Noun}", CultureInfo.CurrentUICulture)
            ?? Texts.ResourceManager.GetString($"Audit_Headline_{action}", CultureInfo.CurrentUICulture)
            ?? "{0}";
        return string.Format(CultureInfo.CurrentCulture, wording, wording.StartsWith("{0}", StringComparison.Ordinal) ? subject.Name : InSentence(subject.Name));
    }

    /// <summary>The longest quoted title a headline shows before it is shortened.</summary>
    public const int QuotedMax = 80;

    /// <summary>A headline with each quoted title longer than <see cref="QuotedMax"/> cut short with "…"; the same text when none is.</summary>
    public static string Shorten(string headline)
    {
        ArgumentNullException.ThrowIfNull(headline);
        return Quoted().Replace(headline, m => m.Groups[1].Value.Length <= QuotedMax ? m.Value : "”" + m.Groups[1].Value[..QuotedMax].TrimEnd() + "…”");
    }

    [System.Text.RegularExpressions.GeneratedRegex("”([^”]*)”")]
    private static partial System.Text.RegularExpressions.Regex Quoted();

    /// <summary>A subject named inside a sentence: its kind in small letters ("enhet ”Myndighet LSS”"), an abbreviation (IVO) as it is.</summary>
    private static string InSentence(string name) =>
        name.Length > 1 && char.IsUpper(name[0]) && char.IsLower(name[1]) ? char.ToLower(name[0], CultureInfo.CurrentCulture) + name[1..] : name;

    /// <summary>
    /// A thing that no feature could name (it is gone): by the name, title or number the event kept, else by the
    /// kind of thing ("Mål ”Nöjda brukare”", "Registrets tidsgränser").
    /// </summary>
    public static AuditSubject SubjectFromEvent(AuditEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var word = Texts.ResourceManager.GetString("Entity_" + e.EntityType, CultureInfo.CurrentUICulture) ?? e.EntityType;
        word = word.Length == 0 ? word : char.ToUpper(word[0], CultureInfo.CurrentCulture) + word[1..];
        var noun = Neuter.Contains(e.EntityType) ? AuditNoun.Neuter : Plural.Contains(e.EntityType) ? AuditNoun.Plural : AuditNoun.Common;
        var changes = e.ReadChanges();
        var kept = NamingFields
            .Select(key => changes.TryGetValue(key, out var c) ? c.Before ?? c.After : null)
            .FirstOrDefault(v => !string.IsNullOrWhiteSpace(v) && v != SensitiveTextAttribute.Placeholder);
        return new(kept is null ? word : $"{word} {AuditSubjectIds.Quote(kept)}", noun);
    }

    private static readonly string[] NamingFields = ["Name", "Title", "DisplayName", "UserName"];

    private static readonly HashSet<string> Neuter = ["Goal", "Outcome", "Assignment", "AssignmentGoal", "ReportTemplateSection", "SelfMonitoringResult"];

    private static readonly HashSet<string> Plural = ["RegisterSettings", "MunicipalitySettings"];

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
