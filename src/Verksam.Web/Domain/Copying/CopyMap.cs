namespace Verksam.Web.Domain.Copying;

/// <summary>Copying to next year (ADR 6): an id of this year's row becomes its copy's id, or nothing when the row was not copied.</summary>
public static class CopyMap
{
    public static Guid? Mapped(IReadOnlyDictionary<Guid, Guid> map, Guid? id)
    {
        ArgumentNullException.ThrowIfNull(map);
        return id is { } old && map.TryGetValue(old, out var copy) ? copy : null;
    }
}
