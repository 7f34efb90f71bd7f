using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Verksam.Web.Data;
using Verksam.Web.Resources;
using Verksam.Web.Shared.Text;

namespace Verksam.Web.Shared.Auditing;

/// <summary>Reads the audit log; the caller has checked that the user may read it.</summary>
public sealed partial class AuditLogService(VerksamDbContext db, IEnumerable<IAuditSubjects> subjects)
{
    public async Task<IReadOnlyList<AuditEvent>> ForUnitAsync(Guid orgUnitId, DateTime? before, int take, CancellationToken cancellationToken = default)
    {
        var query = db.AuditEvents.AsNoTracking().Where(e => e.OrgUnitId == orgUnitId);
        if (before is { } b)
        {
            query = query.Where(e => e.OccurredAt < b);
        }

        return await query.OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id).Take(take).ToListAsync(cancellationToken);
    }

    /// <summary>One entity's history in a unit, oldest first (a report's steps from draft to approval).</summary>
    public async Task<IReadOnlyList<AuditEvent>> ForEntityAsync(Guid orgUnitId, string entityType, string entityId, CancellationToken cancellationToken = default) =>
        await db.AuditEvents.AsNoTracking()
            .Where(e => e.OrgUnitId == orgUnitId && e.EntityType == entityType && e.EntityId == entityId)
            .OrderBy(e => e.OccurredAt).ToListAsync(cancellationToken);

    /// <summary>The latest changes to some entities of one type, newest first (an indicator's outcomes).</summary>
    public async Task<IReadOnlyList<AuditEvent>> ForEntitiesAsync(string entityType, IReadOnlyCollection<string> entityIds, int take, CancellationToken cancellationToken = default) =>
        await db.AuditEvents.AsNoTracking()
            .Where(e => e.EntityType == entityType && entityIds.Contains(e.EntityId))
            .OrderByDescending(e => e.OccurredAt).Take(take).ToListAsync(cancellationToken);

    /// <summary>
    /// The things of one type created after <paramref name="since"/> in the units, newest first: their ids and when.
    /// The log is where a creation's moment is kept, for things that carry no timestamp of their own.
    /// </summary>
    public async Task<IReadOnlyList<(string EntityId, DateTime At)>> CreatedSinceAsync(string entityType, IQueryable<Guid> unitIds, DateTime since, int take, CancellationToken cancellationToken = default) =>
        (await db.AuditEvents.AsNoTracking()
            .Where(e => e.EntityType == entityType && e.Action == AuditAction.Created && e.OccurredAt > since && e.OrgUnitId != null && unitIds.Contains(e.OrgUnitId.Value))
            .OrderByDescending(e => e.OccurredAt).Take(take).Select(e => new { e.EntityId, e.OccurredAt }).ToListAsync(cancellationToken))
        .Select(e => (e.EntityId, e.OccurredAt)).ToList();

    /// <summary>
    /// What each event is about, as its users know it ("Klagomål nr 2024-009"), asked of each feature once for the
    /// whole page. A thing that is gone, or one no feature names, is named from the event itself.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, AuditSubject>> SubjectsAsync(IReadOnlyCollection<AuditEvent> events, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        var idsByType = events.Select(e => (e.EntityType, e.EntityId)).Distinct().ToLookup(e => e.EntityType, e => e.EntityId);
        var named = new Dictionary<(string, string), AuditSubject>();
        foreach (var source in subjects)
        {
            foreach (var (key, subject) in await source.NameAsync(idsByType, cancellationToken))
            {
                named[key] = subject;
            }
        }

        return events.ToDictionary(e => e.Id, e => named.GetValueOrDefault((e.EntityType, e.EntityId)) ?? AuditWording.SubjectFromEvent(e));
    }

    /// <summary>Whether a logged property means anything to a reader: ids of other records and internal keys do not.</summary>
    public bool IsShown(string entityType, string property) =>
        !InternalKeys.Contains(property)
        && !NamedInHeadline.Contains((entityType, property))
        && (PropertyType(entityType, property) is not { } type || (Nullable.GetUnderlyingType(type) ?? type) != typeof(Guid));

    /// <summary>
    /// Whether a logged change says something to a reader: it has a value, means something (<see cref="IsShown"/>),
    /// carries no id, and reads differently before and after as the log writes it — an instant that moved by seconds
    /// reads the same to the minute. A free text's change, kept as "(dold)" before and after, always says so.
    /// </summary>
    public bool Shows(string entityType, string property, AuditChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return (HasContent(change.Before) || HasContent(change.After))
            && IsShown(entityType, property)
            && !IsOffFromTheStart(entityType, property, change)
            && !CarriesId(change.Before) && !CarriesId(change.After)
            && (change.After == SensitiveTextAttribute.Placeholder
                || ValueText(entityType, property, change.Before, shorten: false) != ValueText(entityType, property, change.After, shorten: false));
    }

    /// <summary>
    /// Fields no page shows a user: the program's own names for a report's or plan's sections ("synpunkter-klagomal",
    /// the headline names the text), the order lists are kept in, when a row was last written (the log's own
    /// "När"), a unit's depth in the tree, the forms of names kept for search, and the mark on what the demo loaded
    /// (its events say "Demodata (installation)" as who acted).
    /// </summary>
    private static readonly HashSet<string> InternalKeys = ["Key", "SectionKey", "SortOrder", "UpdatedAt", "Depth", "NormalizedUserName", "NormalizedEmail", "IsDemo"];

    /// <summary>
    /// A yes/no that a new thing is created with as every new one of its kind is (not archived, not copied for review)
    /// says nothing: nothing was chosen. One that differs from it ("Använder månadsrapporter: Nej") is listed.
    /// </summary>
    private bool IsOffFromTheStart(string entityType, string property, AuditChange change) =>
        change.Before is null && PropertyType(entityType, property) is { } type && (Nullable.GetUnderlyingType(type) ?? type) == typeof(bool)
        && bool.TryParse(change.After, out var value) && value == NewValue(entityType, property);

    private static readonly ConcurrentDictionary<(string Entity, string Property), bool> NewValues = new();

    /// <summary>What a yes/no holds in a new instance of the entity: its initialiser's value, else false.</summary>
    private bool NewValue(string entityType, string property) =>
        NewValues.GetOrAdd((entityType, property), key =>
        {
            var clr = db.Model.GetEntityTypes().FirstOrDefault(t => t.ClrType.Name == key.Entity)?.ClrType;
            var info = clr?.GetProperty(key.Property);
            if (clr?.GetConstructor(Type.EmptyTypes) is not { } constructor || info is null)
            {
                return false;
            }

            return info.GetValue(constructor.Invoke(null)) is true;
        });

    /// <summary>What the headline already says — a matter's number, a report's or outcome's period — and so is no change to list.</summary>
    private static readonly HashSet<(string, string)> NamedInHeadline =
    [
        ("Matter", "Number"), ("Matter", "NumberYear"),
        .. new[] { "FollowUpReport", "Outcome", "GoalAssessment", "RiskFollowUp" }.SelectMany(t => new[] { (t, "Year"), (t, "PeriodKind"), (t, "StartMonth"), (t, "EndMonth") }),
    ];

    /// <summary>
    /// A logged value as a Swedish reader expects it: an enum by its Swedish word, Ja or Nej, an instant in
    /// Stockholm time, a number with a decimal comma, a long value shortened. Structured data (frozen figures) is
    /// not shown; the log says that it changed.
    /// </summary>
    public string ValueText(string entityType, string property, string? value) => ValueText(entityType, property, value, shorten: true);

    /// <summary>A logged value as <see cref="ValueText(string, string, string?)"/> writes it, shortened or in full.</summary>
    public string ValueText(string entityType, string property, string? value, bool shorten)
    {
        if (value is null)
        {
            return "–";
        }

        var type = PropertyType(entityType, property) is { } t ? Nullable.GetUnderlyingType(t) ?? t : null;
        if (type is { IsEnum: true } && Enum.GetNames(type).Contains(value, StringComparer.Ordinal))
        {
            return EnumText.OfName(type, value);
        }

        if (type == typeof(bool) && bool.TryParse(value, out var flag))
        {
            return flag ? Texts.Common_Yes : Texts.Common_No;
        }

        if (type == typeof(DateTime) && DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var instant))
        {
            return LocalTime.Format(instant.ToUniversalTime());
        }

        if (type == typeof(DateOnly) && DateOnly.TryParse(value, CultureInfo.InvariantCulture, out var date))
        {
            // Rows logged before dates were kept as ISO 8601 hold the invariant culture's 11/02/2026.
            return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        if (type == typeof(int) && IsMonths(entityType, property) && int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var mask))
        {
            var months = Enumerable.Range(1, 12).Where(m => (mask & (1 << (m - 1))) != 0).Select(Domain.Periods.Period.MonthName).ToList();
            return months.Count == 0 ? "–" : string.Join(", ", months);
        }

        if (type == typeof(int) && WordsOf(entityType, property) is { } words && Texts.ResourceManager.GetString($"AuditValue_{words}_{value}", CultureInfo.CurrentUICulture) is { } word)
        {
            return word;
        }

        if (type == typeof(decimal) && decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
        {
            return number.ToString(CultureInfo.CurrentCulture);
        }

        return !shorten || value.Length <= ShortenAt ? value : value[..ShortenAt].TrimEnd() + "…";
    }

    /// <summary>Whether a logged value carries another record's id ("ind-021f…-analys"), which means nothing to a reader.</summary>
    public static bool CarriesId(string? value) => value is not null && IdPattern().IsMatch(value);

    [System.Text.RegularExpressions.GeneratedRegex("[0-9a-fA-F]{32}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial System.Text.RegularExpressions.Regex IdPattern();

    /// <summary>Whether a logged value says anything: not null, and not an empty list ("{}", "[]").</summary>
    public static bool HasContent(string? value) => value is not null and not "{}" and not "[]";

    /// <summary>Whether a logged value is structured data (JSON), which a reader is told changed rather than shown.</summary>
    public static bool IsStructured(string? value) => value is { Length: > 1 } v && (v[0] is '{' or '[') && (v[^1] is '}' or ']');

    /// <summary>Whether <see cref="ValueText(string, string, string?)"/> shortens the value, so a reader needs a way to see all of it.</summary>
    public static bool IsLong(string? value) => value is { Length: > ShortenAt };

    private const int ShortenAt = 200;

    private static readonly ConcurrentDictionary<(string Entity, string Property), Type?> Types = new();

    private static readonly ConcurrentDictionary<(string Entity, string Property), bool> MonthProperties = new();

    /// <summary>Whether a property keeps months as bits (<see cref="AuditMonthsAttribute"/>), looked up once per property.</summary>
    private bool IsMonths(string entityType, string property) =>
        MonthProperties.GetOrAdd((entityType, property), key => db.Model.GetEntityTypes().FirstOrDefault(t => t.ClrType.Name == key.Entity)?.FindProperty(key.Property)?.PropertyInfo?.IsDefined(typeof(AuditMonthsAttribute), inherit: false) == true);

    private static readonly ConcurrentDictionary<(string Entity, string Property), string?> WordProperties = new();

    private string? WordsOf(string entityType, string property) =>
        WordProperties.GetOrAdd((entityType, property), key => (db.Model.GetEntityTypes().FirstOrDefault(t => t.ClrType.Name == key.Entity)?.FindProperty(key.Property)?.PropertyInfo?
            .GetCustomAttributes(typeof(AuditWordsAttribute), inherit: false).FirstOrDefault() as AuditWordsAttribute)?.Name);

    private Type? PropertyType(string entityType, string property) =>
        Types.GetOrAdd((entityType, property), key => db.Model.GetEntityTypes()
            .FirstOrDefault(t => t.ClrType.Name == key.Entity)?.FindProperty(key.Property)?.ClrType);
}
