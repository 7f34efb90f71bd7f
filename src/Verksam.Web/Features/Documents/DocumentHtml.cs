using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Verksam.Web.Features.Documents;

/// <summary>
/// The print view of a document as one self-contained HTML page (styles inlined, no scripts, no links to fetch): the
/// same Razor renderer the browser shows, for Chromium to turn into PDF. Works outside a request (the batch export).
/// </summary>
public sealed class DocumentHtml(IRazorViewEngine views, ITempDataProvider tempData, IServiceProvider services, IWebHostEnvironment environment)
{
    public const string PrintView = "/Features/Documents/Pages/_PrintDocument.cshtml";

    private string? _styles;

    /// <summary>site.css for the screen and print.css for paper, read once.</summary>
    public string Styles => _styles ??= Read("css/site.css") + "\n@media print {\n" + Read("css/print.css") + "\n}\n";

    public async Task<string> RenderAsync(DocumentModel document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var http = new DefaultHttpContext { RequestServices = services };
        var action = new ActionContext(http, new RouteData(), new ActionDescriptor());
        var view = views.GetView(executingFilePath: null, viewPath: PrintView, isMainPage: true);
        if (!view.Success)
        {
            throw new InvalidOperationException("The print view " + PrintView + " was not found.");
        }

        await using var writer = new StringWriter();
        var data = new ViewDataDictionary<DocumentModel>(new EmptyModelMetadataProvider(), new ModelStateDictionary()) { Model = document };
        data["Styles"] = Styles;
        var context = new ViewContext(action, view.View, data, new TempDataDictionary(http, tempData), writer, new HtmlHelperOptions());
        cancellationToken.ThrowIfCancellationRequested();
        await view.View.RenderAsync(context);
        return writer.ToString();
    }

    private string Read(string path)
    {
        var file = environment.WebRootFileProvider.GetFileInfo(path);
        if (!file.Exists)
        {
            return string.Empty;
        }

        using var stream = file.CreateReadStream();
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
