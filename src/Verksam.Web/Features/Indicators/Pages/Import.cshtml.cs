using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Resources;
using Verksam.Web.Shared.Pages;

namespace Verksam.Web.Features.Indicators.Pages;

[RequestSizeLimit(ImportModel.MaxFileBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = ImportModel.MaxFileBytes)]
public sealed class ImportModel(OutcomeImportService import, AccessService access) : VerksamPageModel
{
    public const long MaxFileBytes = 50 * 1024 * 1024;

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public string UnitName { get; private set; } = string.Empty;

    public ImportResult? Result { get; private set; }

    public async Task OnGetAsync() => UnitName = (await access.RequireAsync(Id, AccessLevel.Edit)).Name;

    public async Task<IActionResult> OnPostAsync()
    {
        UnitName = (await access.RequireAsync(Id, AccessLevel.Edit)).Name;
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), Texts.Import_File_Required);
            return Page();
        }

        var extension = Path.GetExtension(Upload.FileName).ToUpperInvariant();
        if (extension is not (".CSV" or ".XLSX" or ".TXT"))
        {
            ModelState.AddModelError(nameof(Upload), Texts.Import_File_Type);
            return Page();
        }

        await using var stream = new MemoryStream();
        await Upload.CopyToAsync(stream);
        stream.Position = 0;
        Result = await import.ImportAsync(stream, extension == ".XLSX" ? OutcomeFileFormat.Xlsx : OutcomeFileFormat.Csv, Id);
        return Page();
    }
}
