using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Shared.Pages;

namespace Verksam.Web.Features.Indicators.Pages;

/// <summary>Downloads a unit's outcomes for a year, and those of the units below it, in the import layout.</summary>
public sealed class ExportModel(OutcomeImportService export, AccessService access, TimeProvider time) : VerksamPageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, [FromQuery(Name = "ar")] int? year, [FromQuery] string? format, [FromQuery(Name = "underliggande")] bool includeBelow = true)
    {
        var unit = await access.RequireAsync(id, AccessLevel.Read);
        var y = year is >= 2000 and <= 2100 ? year.Value : time.GetLocalNow().Year;
        var rows = await export.ExportAsync(id, y, includeBelow);
        var xlsx = !string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase);
        var stream = new MemoryStream();
        OutcomeFile.Write(stream, xlsx ? OutcomeFileFormat.Xlsx : OutcomeFileFormat.Csv, rows);
        stream.Position = 0;

        // The file name carries the year and an id, never a person's name.
        var name = string.Create(CultureInfo.InvariantCulture, $"utfall-{y}-{unit.Id.ToString("N")[..8]}.{(xlsx ? "xlsx" : "csv")}");
        return File(stream, xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=utf-8", name);
    }
}
