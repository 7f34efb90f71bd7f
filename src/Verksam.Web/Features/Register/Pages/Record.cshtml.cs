using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Features.Access;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Shared.Pages;
using Verksam.Web.Shared.Validation;

namespace Verksam.Web.Features.Register.Pages;

/// <summary>Records a matter on one page (kind, date, who, what it concerned, a description), or changes what was recorded.</summary>
public sealed class RecordModel(MatterService matters, AccessService access) : VerksamPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? MatterId { get; set; }

    [BindProperty]
    public MatterRecordEdit Input { get; set; } = new();

    [BindProperty]
    public Guid? Version { get; set; }

    public OrgUnit Unit { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        if (MatterId is { } id)
        {
            var view = await matters.GetAsync(Id, id);
            Unit = view.Unit;
            var m = view.Matter;
            Version = m.Version;
            Input = new MatterRecordEdit
            {
                Kind = m.Kind,
                ReceivedOn = m.ReceivedOn,
                Source = m.Source,
                Category = m.Category,
                OtherCategory = m.OtherCategory,
                IdentifiedBy = m.IdentifiedBy,
                DeviationCategory = m.DeviationCategory,
                Concerns = m.Concerns,
                Description = m.Description,
            };
        }
        else
        {
            Unit = await access.RequireRegisterAsync(Id);
            Input.ReceivedOn = matters.Today;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        try
        {
            var matter = await matters.RecordAsync(Id, MatterId, Input, Version);
            Confirmation = MatterId is null ? Resources.Texts.Matter_Recorded : Resources.Texts.Matter_Saved;
            return Redirect($"/organisation/{Id}/arenden/{matter.Id}");
        }
        catch (ValidationException ex)
        {
            AddErrors(ex);
        }
        catch (StaleVersionException ex)
        {
            AddError(ex.Message);
            ModelState.Remove(nameof(Version));
            Version = (await matters.GetAsync(Id, MatterId!.Value)).Matter.Version;
        }

        // Only a refused save shows the form again, and only then is the unit's name needed.
        Unit = await access.RequireRegisterAsync(Id);
        return Page();
    }
}
