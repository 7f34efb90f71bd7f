using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Shared.Links;
using Verksam.Web.Shared.Pages;
using Verksam.Web.Shared.Validation;

namespace Verksam.Web.Features.Register.Pages;

/// <summary>Seed 003's "Redovisning av synpunkter och klagomål" for the unit and everything below it, with the unit's texts per row group.</summary>
public sealed class TableModel(RegisterTableService tables) : VerksamPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true, Name = "ar")]
    public int? Year { get; set; }

    // Named, so that a form without any of these fields binds nothing instead of every field on the form.
    [BindProperty(Name = "Summaries")]
    public Dictionary<string, string?> Summaries { get; set; } = [];

    [BindProperty(Name = "Versions")]
    public Dictionary<string, Guid> Versions { get; set; } = [];

    public RegisterTableView View { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        View = await tables.GetAsync(Id, Year is >= 2000 and <= 2100 ? Year : null);
        Summaries = View.Table.Groups.ToDictionary(g => g.Key, g => g.Summary);
        Versions = View.SummaryVersions.ToDictionary();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var year = Year is >= 2000 and <= 2100 ? Year.Value : 0;
        return await SaveAsync(
            async () =>
            {
                if (year == 0)
                {
                    throw ValidationException.For(string.Empty, Resources.Texts.Wheel_Year_Required);
                }

                await tables.SaveSummariesAsync(Id, year, Summaries, Versions);
                Confirmation = Resources.Texts.RegisterSummary_Saved;
                return Redirect(Link.RegisterTable(Id, year));
            },
            refused: async () =>
            {
                View = await tables.GetAsync(Id, year == 0 ? null : year);
                foreach (var key in ModelState.Keys.Where(k => k.StartsWith("Versions", StringComparison.Ordinal)).ToList())
                {
                    ModelState.Remove(key);
                }

                Versions = View.SummaryVersions.ToDictionary();
            },
            prefix: "Summaries");
    }
}
