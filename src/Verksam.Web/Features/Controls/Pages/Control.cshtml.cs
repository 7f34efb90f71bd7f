using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Shared.Links;
using Verksam.Web.Shared.Pages;
using Verksam.Web.Shared.Security;

namespace Verksam.Web.Features.Controls.Pages;

/// <summary>An egenkontroll: what it checks and why, when and by whom; its results, and the action a failed run raises.</summary>
public sealed class ControlModel(ControlService controls, TimeProvider time) : VerksamPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? ControlId { get; set; }

    [BindProperty(SupportsGet = true, Name = "ar")]
    public int? Year { get; set; }

    [BindProperty]
    public ControlEdit Input { get; set; } = new();

    [BindProperty]
    public ResultEdit Result { get; set; } = new();

    [BindProperty]
    public Guid? Version { get; set; }

    public ControlDetails? Details { get; private set; }

    public ControlList List { get; private set; } = null!;

    public int TheYear => Details?.Control.Year ?? (Year is >= 2000 and <= 2100 ? Year.Value : time.GetLocalNow().Year);

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        if (!List.CanEdit)
        {
            return Forbid();
        }

        if (Details is { } d)
        {
            var c = d.Control;
            Version = c.Version;
            Input = new ControlEdit
            {
                Title = c.Title,
                Purpose = c.Purpose,
                ProcessId = c.ProcessId,
                RiskId = c.RiskId,
                Months = c.RunMonths().ToList(),
                Frequency = c.Frequency,
                Responsible = c.Responsible,
                IsInternalControl = c.IsInternalControl,
            };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        return await SaveAsync(
            async () =>
            {
                Input.Year = TheYear;
                var saved = await controls.SaveAsync(Id, ControlId, Input, Version);
                Confirmation = Resources.Texts.Control_Saved;
                return Redirect(Link.Control(Id, saved.Id));
            },
            onStale: () =>
            {
                ModelState.Remove(nameof(Version));
                Version = Details?.Control.Version;
                return Task.CompletedTask;
            });
    }

    public async Task<IActionResult> OnPostResultAsync()
    {
        await LoadAsync();
        return await SaveAsync(
            async () =>
            {
                var controlId = ControlId ?? throw new UnitAccessDeniedException(UnitAccessOutcome.NotFound);
                await controls.AddResultAsync(Id, controlId, Result);
                Confirmation = Resources.Texts.Control_ResultSaved;
                return Redirect(Link.Control(Id, controlId));
            },
            refused: () =>
            {
                Version = Details?.Control.Version;
                ModelState.Remove(nameof(Version));
                return Task.CompletedTask;
            },
            prefix: nameof(Result),
            versioned: false);
    }

    private async Task LoadAsync()
    {
        if (ControlId is { } id)
        {
            Details = await controls.GetAsync(Id, id);
        }

        List = await controls.ListAsync(Id, TheYear);
    }
}
