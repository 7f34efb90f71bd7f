using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Shared.Links;
using Verksam.Web.Shared.Pages;

namespace Verksam.Web.Features.Register.Pages;

/// <summary>The register's matters of a unit and the units below it, a year at a time, with what is overdue flagged.</summary>
public sealed class MattersModel(MatterService matters) : VerksamPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true, Name = "ar")]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true, Name = "typ")]
    public MatterKind? Kind { get; set; }

    [BindProperty(SupportsGet = true, Name = "tertial")]
    public int? Tertial { get; set; }

    [BindProperty(SupportsGet = true, Name = "oppna")]
    public bool OpenOnly { get; set; }

    [BindProperty(SupportsGet = true, Name = "sida")]
    public int PageNumber { get; set; } = 1;

    public MatterList List { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        var year = Year is >= 2000 and <= 2100 ? Year : null;
        var kind = Kind is { } k && Enum.IsDefined(k) ? k : (MatterKind?)null;
        List = await matters.ListAsync(Id, new MatterFilter { Year = year, Kind = kind, Tertial = Tertial is >= 1 and <= 3 ? Tertial : null, OpenOnly = OpenOnly, Page = PageNumber });
    }

    public string PageUrl(int page) =>
        Link.Matters(Id, List.Year, List.Filter.Kind?.ToString(), List.Filter.OpenOnly, page, List.Filter.Tertial);
}
