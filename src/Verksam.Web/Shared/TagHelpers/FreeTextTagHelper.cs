using System.Globalization;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Verksam.Web.Shared.Validation;

namespace Verksam.Web.Shared.TagHelpers;

/// <summary>
/// Gives every text area the one limit of free text, <see cref="FreeText.MaxLength"/>, as <c>data-limit</c>, for the
/// character counter in site.js. A text area for a name or title says its own, shorter limit. There is no
/// <c>maxlength</c>: a browser cuts a pasted text there without a word, and the server's refusal keeps it all.
/// </summary>
[HtmlTargetElement("textarea")]
public sealed class FreeTextTagHelper : TagHelper
{
    public override int Order => 1000;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (!output.Attributes.ContainsName("data-limit"))
        {
            output.Attributes.SetAttribute("data-limit", FreeText.MaxLength.ToString(CultureInfo.InvariantCulture));
        }
    }
}
