using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Verksam.Web.Data;
using Verksam.Web.Resources;
using Verksam.Web.Shared.Text;

namespace Verksam.Web.Shared.Auditing;

/// <summary>Reads the audit log; the caller has checked that the user may read it.</summary>
public sealed class AuditLogService(VerksamDbContext db)
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

    /// <summary>Whether a logged property means anything to a reader: ids of other records do not.</summary>
    public bool IsShown(string entityType, string property) =>
        PropertyType(entityType, property) is not { } type || (Nullable.GetUnderlyingType(type) ?? type) != typeof(Guid);

    /// <summary>
    /// A logged value as a Swedish reader expects it: an enum by its Swedish word, Ja or Nej, an instant in
    /// Stockholm time, a number with a decimal comma, a long value shortened. Structured data (frozen figures) is
    /// not shown; the log says that it changed.
    /// </summary>
    public string ValueText(string entityType, string property, string? value)
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

        if (type == typeof(decimal) && decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
        {
            return number.ToString(CultureInfo.CurrentCulture);
        }

        return value.Length <= ShortenAt ? value : value[..ShortenAt].TrimEnd() + "…";
    }

    /// <summary>Whether a logged value is structured data (JSON), which a reader is told changed rather than shown.</summary>
    public static bool IsStructured(string? value) => value is { Length: > 1 } v && (v[0] is '{' or '[') && (v[^1] is '}' or ']');

    private const int ShortenAt = 200;

    private static readonly ConcurrentDictionary<(string Entity, string Property), Type?> Types = new();

    private Type? PropertyType(string entityType, string property) =>
        Types.GetOrAdd((entityType, property), key => db.Model.GetEntityTypes()
            .FirstOrDefault(t => t.ClrType.Name == key.Entity)?.FindProperty(key.Property)?.ClrType);
}
