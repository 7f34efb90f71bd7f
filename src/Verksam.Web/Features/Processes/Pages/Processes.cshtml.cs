using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Features.Controls;
using Verksam.Web.Shared.Links;
using Verksam.Web.Shared.Pages;

namespace Verksam.Web.Features.Processes.Pages;

/// <summary>The unit's processes, under which the quality plan groups risks, egenkontroller and quality indicators.</summary>
public sealed class ProcessesModel(ControlService controls, TimeProvider time) : VerksamPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public Guid? ProcessId { get; set; }

    [BindProperty]
    public Guid? Version { get; set; }

    public ControlList List { get; private set; } = null!;

    public async Task OnGetAsync() => List = await controls.ListAsync(Id, time.GetLocalNow().Year);

    public Task<IActionResult> OnPostAsync() => SaveAsync(
        async () =>
        {
            await controls.SaveProcessAsync(Id, ProcessId, Name, Version);
            Confirmation = Resources.Texts.Process_Saved;
            return Redirect(Link.Processes(Id));
        },
        refused: async () => List = await controls.ListAsync(Id, time.GetLocalNow().Year),
        prefix: string.Empty);
}
