using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Shared.Links;
using Verksam.Web.Shared.Pages;

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

    /// <summary>
    /// The id a new matter gets, chosen when the form is opened and carried by it: the same form sent twice, to any
    /// app instance, finds the matter it recorded instead of recording another.
    /// </summary>
    [BindProperty]
    public Guid? NewMatterId { get; set; }

    /// <summary>The unit a new matter is recorded on: this register's unit or one below it.</summary>
    [BindProperty]
    public Guid? RecordOn { get; set; }

    public OrgUnit Unit { get; private set; } = null!;

    /// <summary>Where a new matter may be recorded; a choice is offered only when there are units below.</summary>
    public IReadOnlyList<RecordTarget> Targets { get; private set; } = [];

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
            Targets = await matters.RecordTargetsAsync(Id);
            RecordOn = Id;
            NewMatterId = Guid.NewGuid();
            Input.ReceivedOn = matters.Today;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var on = Id;
        if (MatterId is null && NewMatterId.GetValueOrDefault() == Guid.Empty)
        {
            // A form without its id (opened before forms carried one) still records, but sent again it records again.
            ModelState.Remove(nameof(NewMatterId));
            NewMatterId = Guid.NewGuid();
        }

        if (MatterId is null && RecordOn is { } chosen && chosen != Id)
        {
            // Only the unit itself or one below it: the register above lists the matter, the unit's own shows it too.
            Targets = await matters.RecordTargetsAsync(Id);
            if (Targets.All(t => t.Id != chosen))
            {
                ModelState.AddModelError(nameof(RecordOn), Resources.Texts.Matter_RecordOn_Invalid);
                Unit = await access.RequireRegisterAsync(Id);
                return Page();
            }

            on = chosen;
        }

        return await SaveAsync(
            async () =>
            {
                var matter = MatterId is { } id
                    ? await matters.ChangeRecordAsync(on, id, Input, Version)
                    : await matters.RecordAsync(on, NewMatterId!.Value, Input);
                Confirmation = MatterId is null ? Resources.Texts.Matter_Recorded : Resources.Texts.Matter_Saved;
                return Redirect(Link.Matter(on, matter.Id));
            },
            refused: async () =>
            {
                // Only a refused save shows the form again, and only then are the unit's name and the choice of units needed.
                Unit = await access.RequireRegisterAsync(Id);
                Targets = MatterId is null && Targets.Count == 0 ? await matters.RecordTargetsAsync(Id) : Targets;
            },
            onStale: async () =>
            {
                if (MatterId is { } id)
                {
                    // The form keeps what this user typed; saving again replaces the other change knowingly.
                    ModelState.Remove(nameof(Version));
                    Version = (await matters.GetAsync(Id, id)).Matter.Version;
                }
                else
                {
                    // The form had recorded another matter already; sending it again records this one as a new matter.
                    ModelState.Remove(nameof(NewMatterId));
                    NewMatterId = Guid.NewGuid();
                }
            });
    }
}
