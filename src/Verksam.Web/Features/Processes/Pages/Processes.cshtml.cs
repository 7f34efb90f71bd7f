using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Shared.Links;
using Verksam.Web.Shared.Pages;

namespace Verksam.Web.Features.Processes.Pages;

/// <summary>The unit's processes, under which the quality plan groups risks, egenkontroller and quality indicators.</summary>
public sealed class ProcessesModel(ProcessService processes) : VerksamPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public Guid? ProcessId { get; set; }

    [BindProperty]
    public Guid? Version { get; set; }

    public ProcessList List { get; private set; } = null!;

    public async Task OnGetAsync() => List = await processes.ListAsync(Id);

    public Task<IActionResult> OnPostAsync() => SaveAsync(
        async () =>
        {
            await processes.SaveProcessAsync(Id, ProcessId, Name, Version);
            Confirmation = Resources.Texts.Process_Saved;
            return Redirect(Link.Processes(Id));
        },
        refused: async () => List = await processes.ListAsync(Id),
        prefix: string.Empty);
}
