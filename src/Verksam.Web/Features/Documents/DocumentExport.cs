using System.Text;

namespace Verksam.Web.Features.Documents;

/// <summary>A document's file: its bytes, name and media type.</summary>
public sealed record DocumentFile(byte[] Content, string FileName, string ContentType);

public enum ExportFormat
{
    Word = 1,
    Pdf = 2,
}

/// <summary>The document model to a file, by format: Word with OpenXml, PDF with Chromium from the print view.</summary>
public sealed class DocumentExport(DocumentHtml html, ChromiumPdf pdf)
{
    public const string WordType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public bool PdfAvailable => pdf.IsAvailable;

    public async Task<DocumentFile> RenderAsync(DocumentModel document, ExportFormat format, string? subject = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        return format == ExportFormat.Word
            ? new DocumentFile(WordDocument.Render(document), FileName(document, subject, "docx"), WordType)
            : new DocumentFile(await pdf.RenderAsync(await html.RenderAsync(document, cancellationToken), cancellationToken), FileName(document, subject, "pdf"), "application/pdf");
    }

    /// <summary>"Verksamhetsberättelse 2024 - Beställarenheten för funktionsnedsättning.docx": title and unit, safe on every system.</summary>
    public static string FileName(DocumentModel document, string? subject, string extension)
    {
        ArgumentNullException.ThrowIfNull(document);
        var name = subject is null ? document.Title : document.Title + " - " + subject;
        var safe = new StringBuilder();
        foreach (var c in name)
        {
            safe.Append(char.IsLetterOrDigit(c) || c is ' ' or '-' or '_' or '.' ? c : '-');
        }

        var result = safe.ToString().Trim(' ', '.', '-');
        return (result.Length > 150 ? result[..150].TrimEnd() : result) + "." + extension;
    }
}
