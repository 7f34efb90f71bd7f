using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Verksam.Web.Domain.Scales;

namespace Verksam.Web.Shared.TagHelpers;

/// <summary>
/// A G/A/R colour as the seeds show it and WCAG asks: a shape and the word as well as the colour
/// (● Grön, ▲ Gul, ■ Röd). Without a colour it says "Ingen bedömning".
/// </summary>
[HtmlTargetElement("rag", TagStructure = TagStructure.WithoutEndTag)]
public sealed class RagTagHelper(HtmlEncoder encoder) : TagHelper
{
    public Rag? Colour { get; set; }

    /// <summary>Words to put before the colour word for screen readers, e.g. "Bedömning:".</summary>
    public string? Label { get; set; }

    /// <summary>Words to show instead of the colour's own ("Uppfylls delvis" for a fulfilment); without a colour, instead of "Ingen bedömning".</summary>
    public string? Text { get; set; }

    /// <summary>The CSS modifier and the shape of a colour: green ●, yellow ▲, red ■.</summary>
    public static (string Modifier, string Shape) Mark(Rag colour) => colour switch
    {
        Rag.Green => ("green", "●"),
        Rag.Yellow => ("yellow", "▲"),
        _ => ("red", "■"),
    };

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.TagName = "span";
        output.TagMode = TagMode.StartTagAndEndTag;
        var label = Label is null ? string.Empty : $"<span class=\"visually-hidden\">{encoder.Encode(Label)} </span>";
        if (Colour is not { } colour)
        {
            output.Attributes.SetAttribute("class", "rag rag--none");
            output.Content.SetHtmlContent(label + encoder.Encode(Text ?? Resources.Texts.Rag_None));
            return;
        }

        var (modifier, shape) = Mark(colour);
        output.Attributes.SetAttribute("class", "rag rag--" + modifier);
        output.Content.SetHtmlContent($"{label}<span class=\"rag__mark\" aria-hidden=\"true\">{shape}</span> {encoder.Encode(Text ?? RagText.Word(colour))}");
    }
}
