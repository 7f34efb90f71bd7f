using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Verksam.Web.Shared.TagHelpers;

/// <summary>
/// A wide table scrolls sideways in its box on a narrow screen. The box must then be reachable from the keyboard and
/// say what it holds (WCAG 2.1.1): a <c>div class="table-wrap"</c> without them becomes a region named by its table's
/// caption, in the tab order. A box whose table has no caption is left as it is.
/// </summary>
[HtmlTargetElement("div", Attributes = "[class=table-wrap]")]
public sealed partial class TableWrapTagHelper : TagHelper
{
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (output.Attributes.ContainsName("tabindex"))
        {
            return;
        }

        var content = await output.GetChildContentAsync();
        var caption = Caption().Match(content.GetContent());
        if (!caption.Success)
        {
            return;
        }

        var name = WebUtility.HtmlDecode(Tags().Replace(caption.Groups[1].Value, " ")).Trim();
        if (name.Length == 0)
        {
            return;
        }

        output.Attributes.SetAttribute("role", "region");
        output.Attributes.SetAttribute("tabindex", "0");
        output.Attributes.SetAttribute("aria-label", Whitespace().Replace(name, " "));
    }

    [GeneratedRegex(@"<caption[^>]*>(.*?)</caption>", RegexOptions.Singleline | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex Caption();

    [GeneratedRegex("<[^>]+>", RegexOptions.None, 1000)]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+", RegexOptions.None, 1000)]
    private static partial Regex Whitespace();
}
