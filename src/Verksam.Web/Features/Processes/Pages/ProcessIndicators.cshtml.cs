using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Shared.Links;
using Verksam.Web.Shared.Pages;

namespace Verksam.Web.Features.Processes.Pages;

/// <summary>Which of the unit's indicators the quality plan shows under a process, for one year (seed 004's "Kvalitetsindikatorer").</summary>
public sealed class ProcessIndicatorsModel(ProcessService processes) : VerksamPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid ProcessId { get; set; }

    [BindProperty(SupportsGet = true, Name = "ar")]
    public int? Year { get; set; }

    public ProcessIndicators View { get; private set; } = null!;

    /// <summary>What this user chose, kept on the form when the save was refused.</summary>
    public IReadOnlySet<Guid>? Posted { get; private set; }

    public async Task OnGetAsync() => View = await processes.ProcessIndicatorsAsync(Id, ProcessId, Year);

    public async Task<IActionResult> OnPostAsync([FromForm(Name = "Selected")] List<Guid>? selected, [FromForm(Name = "Stamp")] string? stamp)
    {
        var year = Year ?? await processes.IndicatorYearAsync(Id);
        return await SaveAsync(
            async () =>
            {
                await processes.SetProcessIndicatorsAsync(Id, ProcessId, year, selected ?? [], stamp);
                Confirmation = Resources.Texts.Process_Indicators_Saved;
                return Redirect(Link.ProcessIndicators(Id, ProcessId, year));
            },
            refused: async () =>
            {
                Posted = (selected ?? []).ToHashSet();
                View = await processes.ProcessIndicatorsAsync(Id, ProcessId, year);
            },
            prefix: string.Empty);
    }
}
