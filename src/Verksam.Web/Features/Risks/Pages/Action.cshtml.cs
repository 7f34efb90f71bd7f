using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Verksam.Web.Data;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Shared.Links;
using Verksam.Web.Shared.Pages;
using Verksam.Web.Shared.Security;

namespace Verksam.Web.Features.Risks.Pages;

/// <summary>Changes an åtgärd: what, what is to be done, who, by when and its status.</summary>
public sealed class ActionModel(ActionService actions, AccessService access, VerksamDbContext db) : VerksamPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid ActionId { get; set; }

    [BindProperty]
    public ActionEdit Input { get; set; } = new();

    [BindProperty]
    public Guid? Version { get; set; }

    public string BackUrl { get; private set; } = string.Empty;

    public async Task OnGetAsync()
    {
        var action = await LoadAsync();
        Version = action.Version;
        Input = new ActionEdit
        {
            Title = action.Title,
            Description = action.Description,
            Responsible = action.Responsible,
            DueDate = action.DueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Status = action.Status,
        };
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        return await SaveAsync(
            async () =>
            {
                await actions.SaveActionAsync(Id, ActionId, Input, Version);
                Confirmation = Resources.Texts.Action_Saved;
                return Redirect(BackUrl);
            },
            onStale: async () =>
            {
                ModelState.Remove(nameof(Version));
                Version = (await LoadAsync()).Version;
            });
    }

    private async Task<QualityAction> LoadAsync()
    {
        await access.RequireAsync(Id, AccessLevel.Edit);
        var action = await db.QualityActions.AsNoTracking().FirstOrDefaultAsync(a => a.Id == ActionId && a.OrgUnitId == Id)
            ?? throw new UnitAccessDeniedException(UnitAccessOutcome.NotFound);
        BackUrl = action.RiskId is { } r ? Link.Risk(Id, r)
            : action.ControlId is { } c ? Link.Control(Id, c)
            : Link.Controls(Id, action.Year);
        return action;
    }
}
