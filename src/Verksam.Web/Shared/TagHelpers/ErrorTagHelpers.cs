using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Verksam.Web.Resources;

namespace Verksam.Web.Shared.TagHelpers;

/// <summary>
/// The error summary at the top of main: a heading, then each message as a link to its field.
/// Renders nothing when the form has no errors. Focus is moved to it by site.js.
/// </summary>
[HtmlTargetElement("error-summary", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ErrorSummaryTagHelper(HtmlEncoder encoder) : TagHelper
{
    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var state = ViewContext.ViewData.ModelState;
        if (state.IsValid)
        {
            output.SuppressOutput();
            return;
        }

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "error-summary");
        output.Attributes.SetAttribute("role", "alert");
        output.Attributes.SetAttribute("tabindex", "-1");
        output.Attributes.SetAttribute("aria-labelledby", "error-summary-title");
        var fields = FieldOrder(ViewContext.HttpContext);
        // Written when the page is, after every field below the summary has said where it stands: the messages then
        // come in the order of the fields' own messages on the page.
        output.Content.SetHtmlContent(new DeferredContent(writer =>
        {
            var html = new System.Text.StringBuilder();
            html.Append("<h2 class=\"error-summary__title\" id=\"error-summary-title\">").Append(encoder.Encode(Texts.ErrorSummary_Title)).Append("</h2><ul class=\"error-summary__list\">");
            var entries = state.Select(e => (e.Key, Entry: e.Value!)).ToList();
            entries = [.. entries.OrderBy(e => fields.IndexOf(e.Key))];
            foreach (var (key, entry) in entries)
            {
                foreach (var error in entry.Errors)
                {
                    var message = encoder.Encode(error.ErrorMessage);
                    if (string.IsNullOrEmpty(key))
                    {
                        html.Append("<li>").Append(message).Append("</li>");
                    }
                    else
                    {
                        html.Append("<li><a href=\"#").Append(encoder.Encode(FieldId(key))).Append("\">").Append(message).Append("</a></li>");
                    }
                }
            }

            html.Append("</ul>");
            writer.Write(html.ToString());
        }));
    }

    private const string FieldOrderKey = "verksam:field-order";

    /// <summary>The keys of the fields' messages in the order they stand on the page being written (<see cref="FieldErrorTagHelper"/>).</summary>
    internal static List<string> FieldOrder(HttpContext http)
    {
        if (http.Items[FieldOrderKey] is not List<string> order)
        {
            http.Items[FieldOrderKey] = order = [];
        }

        return order;
    }

    /// <summary>Content written when the page's buffer is, not when the tag is processed.</summary>
    private sealed class DeferredContent(Action<TextWriter> write) : Microsoft.AspNetCore.Html.IHtmlContent
    {
        public void WriteTo(TextWriter writer, HtmlEncoder encoder) => write(writer);
    }

    /// <summary>The id ASP.NET gives the input for a model key ("Input.Name" → "Input_Name").</summary>
    public static string FieldId(string key) => TagBuilder.CreateSanitizedId(key, "_");
}

/// <summary>The message for one field, shown above the input, in the field's error style.</summary>
[HtmlTargetElement("field-error", Attributes = "for", TagStructure = TagStructure.WithoutEndTag)]
[HtmlTargetElement("field-error", Attributes = "key", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FieldErrorTagHelper(HtmlEncoder encoder) : TagHelper
{
    [HtmlAttributeName("for")]
    public ModelExpression? For { get; set; }

    /// <summary>The model key when there is no property to point at (e.g. "Rows[2].SurveyCounts").</summary>
    [HtmlAttributeName("key")]
    public string? Key { get; set; }

    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var key = For?.Name ?? Key ?? string.Empty;
        ErrorSummaryTagHelper.FieldOrder(ViewContext.HttpContext).Add(key);
        if (!ViewContext.ViewData.ModelState.TryGetValue(key, out var entry) || entry.ValidationState != ModelValidationState.Invalid || entry.Errors.Count == 0)
        {
            output.SuppressOutput();
            return;
        }

        output.TagName = "p";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "field-error");
        output.Attributes.SetAttribute("id", ErrorSummaryTagHelper.FieldId(key) + "-error");
        output.Content.SetHtmlContent(
            "<span class=\"visually-hidden\">" + encoder.Encode(Texts.ErrorSummary_Prefix) + "</span> "
            + encoder.Encode(entry.Errors[0].ErrorMessage));
    }
}

/// <summary>Ties an invalid input to its message for screen readers: aria-invalid and aria-describedby.</summary>
[HtmlTargetElement("input", Attributes = "asp-for")]
[HtmlTargetElement("select", Attributes = "asp-for")]
[HtmlTargetElement("textarea", Attributes = "asp-for")]
public sealed class InvalidFieldTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = null!;

    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; } = null!;

    public override int Order => 1000;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (ViewContext.ViewData.ModelState.TryGetValue(For.Name, out var entry) && entry.ValidationState == ModelValidationState.Invalid)
        {
            output.Attributes.SetAttribute("aria-invalid", "true");
            var describedBy = ErrorSummaryTagHelper.FieldId(For.Name) + "-error";
            if (output.Attributes.TryGetAttribute("aria-describedby", out var existing))
            {
                describedBy = existing.Value + " " + describedBy;
            }

            output.Attributes.SetAttribute("aria-describedby", describedBy);
        }
    }
}
