using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Data;
using Verksam.Web.Shared.Auditing;

namespace Verksam.Web.Features.Organisation.Pages;

public sealed class AuditLogModel(AuditLogService log, AccessService access) : UnitPageModel(access)
{
    private const int PageSize = 200;

    [BindProperty(SupportsGet = true, Name = "fore")]
    public DateTime? Before { get; set; }

    public IReadOnlyList<AuditEvent> Events { get; private set; } = [];

    public DateTime? OlderFrom { get; private set; }

    public IReadOnlyDictionary<Guid, AuditSubject> Subjects { get; private set; } = new Dictionary<Guid, AuditSubject>();

    public async Task<IActionResult> OnGetAsync()
    {
        if (await AuthorizeUnitAsync(AccessLevel.Read, administrator: true) is { } denied)
        {
            return denied;
        }

        var events = await log.ForUnitAsync(Id, Before?.ToUniversalTime(), PageSize + 1);
        Events = events.Take(PageSize).ToList();
        OlderFrom = events.Count > PageSize ? Events[^1].OccurredAt : null;
        Subjects = await log.SubjectsAsync(Events);
        return Page();
    }


    public bool IsShown(string entityType, string property) => log.IsShown(entityType, property);

    public bool Shows(string entityType, string property, AuditChange change) => log.Shows(entityType, property, change);

    /// <summary>"Status: Mottaget → Avslutat", "Beskrivning ändrades", "Frysta siffror ändrades"; in full when <paramref name="full"/>.</summary>
    public string DescribeChange(string entityType, string property, Data.AuditChange change, bool full = false)
    {
        ArgumentNullException.ThrowIfNull(change);
        var field = AuditWording.FieldName(entityType, property);
        if (AuditLogService.IsStructured(change.Before) || AuditLogService.IsStructured(change.After))
        {
            change = new Data.AuditChange(change.Before is null ? null : SensitiveTextAttribute.Placeholder, change.After is null ? null : SensitiveTextAttribute.Placeholder);
        }

        return AuditWording.Describe(field, change, value => log.ValueText(entityType, property, value, shorten: !full));
    }

    /// <summary>Whether a change is shortened on the page, so the reader is offered the whole of it.</summary>
    public static bool IsLong(Data.AuditChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return !AuditWording.IsFreeText(change) && (AuditLogService.IsLong(change.Before) || AuditLogService.IsLong(change.After))
            && !AuditLogService.IsStructured(change.Before) && !AuditLogService.IsStructured(change.After);
    }

    /// <summary>"Klagomål nr 2024-009 ändrat", "Indikator ”Andel domar…” skapad".</summary>
    public string Describe(AuditEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return AuditWording.Headline(e.Action, Subjects.TryGetValue(e.Id, out var subject) ? subject : AuditWording.SubjectFromEvent(e));
    }
}
