using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Verksam.Web.Shared.Text;

namespace Verksam.Web.Shared.TagHelpers;

/// <summary>
/// Shows text a user wrote: blank lines separate paragraphs, lines starting with "-", "–", "•" or "*" form a bullet
/// list. Everything is encoded: nothing a user types is ever rendered as HTML.
/// </summary>
[HtmlTargetElement("plain-text", TagStructure = TagStructure.WithoutEndTag)]
public sealed class PlainTextTagHelper(HtmlEncoder encoder) : TagHelper
{
    public string? Value { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "plain-text");
        output.Content.SetHtmlContent(Render(Value, encoder));
    }

    public static string Render(string? text, HtmlEncoder encoder)
    {
        ArgumentNullException.ThrowIfNull(encoder);
        var html = new StringBuilder();
        foreach (var part in PlainTextLayout.Parse(text))
        {
            if (part.IsList)
            {
                html.Append("<ul>");
                foreach (var item in part.Lines)
                {
                    html.Append("<li>").Append(encoder.Encode(item)).Append("</li>");
                }

                html.Append("</ul>");
            }
            else
            {
                html.Append("<p>").AppendJoin("<br>", part.Lines.Select(encoder.Encode)).Append("</p>");
            }
        }

        return html.ToString();
    }
}
