using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Razor.TagHelpers;

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
        var paragraph = new List<string>();
        var list = new List<string>();
        void Flush()
        {
            if (paragraph.Count > 0)
            {
                html.Append("<p>").AppendJoin("<br>", paragraph.Select(encoder.Encode)).Append("</p>");
                paragraph.Clear();
            }

            if (list.Count > 0)
            {
                html.Append("<ul>");
                foreach (var item in list)
                {
                    html.Append("<li>").Append(encoder.Encode(item)).Append("</li>");
                }

                html.Append("</ul>");
                list.Clear();
            }
        }

        foreach (var raw in (text ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                Flush();
            }
            else if (line.Length > 1 && line[0] is '-' or '–' or '•' or '*' && line[1] == ' ')
            {
                if (paragraph.Count > 0)
                {
                    Flush();
                }

                list.Add(line[2..].Trim());
            }
            else
            {
                if (list.Count > 0)
                {
                    Flush();
                }

                paragraph.Add(line);
            }
        }

        Flush();
        return html.ToString();
    }
}
