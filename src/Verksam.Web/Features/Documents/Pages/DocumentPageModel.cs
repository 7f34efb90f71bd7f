using Microsoft.AspNetCore.Mvc;
using Verksam.Web.Shared.Pages;

namespace Verksam.Web.Features.Documents.Pages;

/// <summary>
/// A page showing one document, with its downloads: the page itself (printable), "?handler=word" for .docx and
/// "?handler=pdf" for PDF. Every format renders the same composed model, checked for access as the page is.
/// </summary>
public abstract class DocumentPageModel(DocumentExport export) : VerksamPageModel
{
    public Documents.DocumentModel Document { get; private set; } = null!;

    public bool PdfAvailable => export.PdfAvailable;

    /// <summary>The unit's name, for the page title and the file name.</summary>
    public virtual string Subject => Document.FrontMatter.Count > 0 ? Document.FrontMatter[^1].Value : string.Empty;

    /// <summary>The query string that selects this document ("ar=2024"), for the download links.</summary>
    public abstract string Query { get; }

    /// <summary>Composes the document, or null when the address names none.</summary>
    protected abstract Task<Documents.DocumentModel?> ComposeAsync();

    public async Task<IActionResult> OnGetAsync()
    {
        if (await ComposeAsync() is not { } document)
        {
            return NotFound();
        }

        Document = document;
        return Page();
    }

    public Task<IActionResult> OnGetWordAsync() => DownloadAsync(ExportFormat.Word);

    public async Task<IActionResult> OnGetPdfAsync()
    {
        if (!export.PdfAvailable)
        {
            // Say so on the page, where the Word button still works.
            var page = await OnGetAsync();
            AddError(Resources.Texts.Document_PdfUnavailable);
            return page;
        }

        return await DownloadAsync(ExportFormat.Pdf);
    }

    private async Task<IActionResult> DownloadAsync(ExportFormat format)
    {
        if (await ComposeAsync() is not { } document)
        {
            return NotFound();
        }

        Document = document;
        var file = await export.RenderAsync(document, format, Subject, HttpContext.RequestAborted);
        return File(file.Content, file.ContentType, file.FileName);
    }
}
