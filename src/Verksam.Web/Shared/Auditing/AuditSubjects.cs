namespace Verksam.Web.Shared.Auditing;

/// <summary>How a Swedish noun bends the word after it: "klagomålet ändrat", "risken ändrad", "tidsgränserna ändrade".</summary>
public enum AuditNoun
{
    Common = 1,
    Neuter = 2,
    Plural = 3,
}

/// <summary>A logged thing as its users know it: "Klagomål nr 2024-009", "Indikator ”Andel domar…”".</summary>
public sealed record AuditSubject(string Name, AuditNoun Noun);

/// <summary>
/// Names the logged things of the entity types one feature owns, so the change log can say which thing changed.
/// Each feature reads its own tables, a batch of ids per type at a time, never one query per row.
/// </summary>
public interface IAuditSubjects
{
    Task<IReadOnlyDictionary<(string EntityType, string EntityId), AuditSubject>> NameAsync(ILookup<string, string> idsByType, CancellationToken cancellationToken = default);
}

/// <summary>Helpers for the features' <see cref="IAuditSubjects"/>.</summary>
public static class AuditSubjectIds
{
    /// <summary>The ids of one type that are single GUIDs (composite keys are joined with commas).</summary>
    public static List<Guid> Guids(ILookup<string, string> idsByType, string entityType)
    {
        ArgumentNullException.ThrowIfNull(idsByType);
        return idsByType[entityType].Select(id => Guid.TryParse(id, out var g) ? g : (Guid?)null).OfType<Guid>().Distinct().ToList();
    }

    /// <summary>A title as the log quotes it, in full; the log's page shortens a long one and offers the whole (<see cref="AuditWording.Shorten"/>).</summary>
    public static string Quote(string? title) => "”" + (title ?? string.Empty).Trim() + "”";
}
