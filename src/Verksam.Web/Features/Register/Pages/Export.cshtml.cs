using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Features.Documents;
using Verksam.Web.Shared.Pages;

namespace Verksam.Web.Features.Register.Pages;

/// <summary>Downloads the unit's matters for a year or a tertial as .xlsx or CSV; texts only when asked for.</summary>
public sealed class ExportModel(MatterService matters) : VerksamPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "ar")] int? year, [FromQuery] int? tertial, [FromQuery] string? format, [FromQuery(Name = "texter")] bool includeTexts)
    {
        if (year is not (>= 2000 and <= 2100) || tertial is not (null or (>= 1 and <= 3)) || format is not ("xlsx" or "csv"))
        {
            return BadRequest(Resources.Texts.Matter_Export_Invalid);
        }

        var export = await matters.ExportAsync(Id, year.Value, tertial, includeTexts);
        var stream = new MemoryStream();
        if (format == "xlsx")
        {
            TabularFile.WriteXlsx(stream, Resources.Texts.Matter_Export_Sheet, MatterExportFile.Rows(export));
        }
        else
        {
            TabularFile.WriteCsv(stream, MatterExportFile.Rows(export));
        }

        stream.Position = 0;
        var contentType = format == "xlsx" ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=utf-8";
        return File(stream, contentType, MatterExportFile.FileName(export, format));
    }
}
