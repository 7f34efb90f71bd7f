using System.Text.Json.Serialization;
using Verksam.Web.Domain.Charts;
using Verksam.Web.Domain.Scales;

namespace Verksam.Web.Features.Documents;

/// <summary>
/// A report composed once, independent of its output: headings, texts, tables and colour marks. HTML is one renderer
/// of it; Word and PDF renderers walk the same model, so a new report type is new composition, not a new renderer.
/// </summary>
public sealed record DocumentModel(string Title, IReadOnlyList<FrontMatterItem> FrontMatter, IReadOnlyList<DocumentBlock> Blocks);

public sealed record FrontMatterItem(string Label, string Value);

public abstract record DocumentBlock;

/// <summary>A heading; level 1 is a chapter. The number, where there is one, is shown before the text ("1.3.2.1.1").</summary>
public sealed record HeadingBlock(int Level, string Text, string? Number = null, string? Caption = null) : DocumentBlock;

/// <summary>Plain text as a user wrote it: paragraphs and bullet lists, never markup.</summary>
public sealed record TextBlock(string Text) : DocumentBlock;

/// <summary>A short note where data is missing ("— Inga data") or an instruction.</summary>
public sealed record NoteBlock(string Text) : DocumentBlock;

/// <summary>A judgement shown on its own line: a colour's shape and the words ("▲ Uppfylls delvis"), or "— Inga data" without one.</summary>
public sealed record MarkBlock(string Text, Rag? Colour) : DocumentBlock;

/// <summary>
/// A chart: drawn as SVG in the HTML and the PDF, as the same SVG made a picture in Word, each with its words (the title
/// and what the chart shows) as alternative text and printed under it.
/// </summary>
public sealed record ChartBlock(TrendChart Chart) : DocumentBlock;

public sealed record TableBlock(
    [property: JsonPropertyName("caption")] string Caption,
    [property: JsonPropertyName("columns")] IReadOnlyList<string> Columns,
    [property: JsonPropertyName("rows")] IReadOnlyList<IReadOnlyList<TableCell>> Rows) : DocumentBlock;

/// <summary>
/// A cell: text, and for an assessment the colour, which a renderer shows as shape, word and shading. A cell may span
/// several columns (an indicator's analysis under its row) and start with a label in bold ("Analys").
/// </summary>
public sealed record TableCell(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("colour")] Rag? Colour = null,
    [property: JsonPropertyName("span")] int Span = 1,
    [property: JsonPropertyName("label")] string? Label = null)
{
    public static implicit operator TableCell(string text) => new(text);

    public static TableCell FromString(string text) => new(text);
}
