using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Resources;
using Verksam.Web.Shared.Auditing;
using Verksam.Web.Shared.Text;

namespace Verksam.Web.Features.Organisation.Pages;

public sealed class AuditLogModel(AuditLogService log, AccessService access) : UnitPageModel(access)
{
    private const int PageSize = 200;

    [BindProperty(SupportsGet = true, Name = "fore")]
    public DateTime? Before { get; set; }

    public IReadOnlyList<AuditEvent> Events { get; private set; } = [];

    public DateTime? OlderFrom { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await AuthorizeUnitAsync(AccessLevel.Read, administrator: true) is { } denied)
        {
            return denied;
        }

        var events = await log.ForUnitAsync(Id, Before?.ToUniversalTime(), PageSize + 1);
        Events = events.Take(PageSize).ToList();
        OlderFrom = events.Count > PageSize ? Events[^1].OccurredAt : null;
        return Page();
    }


    public bool IsShown(string entityType, string property) => log.IsShown(entityType, property);

    /// <summary>"Status: Mottaget → Avslutat", "Beskrivning ändrades", "Frysta siffror ändrades".</summary>
    public string DescribeChange(string entityType, string property, Data.AuditChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var field = AuditWording.FieldName(entityType, property);
        if (AuditLogService.IsStructured(change.Before) || AuditLogService.IsStructured(change.After))
        {
            change = new Data.AuditChange(change.Before is null ? null : SensitiveTextAttribute.Placeholder, change.After is null ? null : SensitiveTextAttribute.Placeholder);
        }

        return AuditWording.Describe(field, change, value => log.ValueText(entityType, property, value));
    }

    public string Describe(AuditEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var action = EnumText.Of(e.Action);
        var entity = Texts.ResourceManager.GetString("Entity_" + e.EntityType, CultureInfo.CurrentUICulture) ?? e.EntityType;
        return $"{action}: {entity}";
    }
}
