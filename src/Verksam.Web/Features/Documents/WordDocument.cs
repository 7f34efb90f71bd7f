using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Verksam.Web.Domain.Charts;
using Verksam.Web.Domain.Scales;
using Verksam.Web.Resources;
using Verksam.Web.Shared.TagHelpers;
using Verksam.Web.Shared.Text;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;
using WordCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;

namespace Verksam.Web.Features.Documents;

/// <summary>
/// The Word renderer of the document model: a .docx with real heading styles (Word's navigation pane and table of
/// contents see them), a table-of-contents field, tables whose header row repeats on every page, the G/A/R colours as
/// cell shading with shape and word, page numbers in the footer and the front matter on the first page. The contents
/// field carries the headings as its result, without page numbers until Word or LibreOffice updates it (no prompt on
/// opening).
/// </summary>
public static class WordDocument
{
    private const string Font = "Arial";
    private const int BulletNumberingId = 1;

    /// <summary>Light shades behind black text, so the words stay readable (contrast above 4.5:1) in print too.</summary>
    public static string Shade(Rag colour) => colour switch
    {
        Rag.Green => "D5EDD5",
        Rag.Yellow => "FFF2B3",
        _ => "F8D0D0",
    };

    public static byte[] Render(DocumentModel document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            package.PackageProperties.Title = document.Title;
            package.PackageProperties.Language = "sv-SE";
            package.PackageProperties.Creator = "Verksam";
            var main = package.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = Numbering();
            var settings = main.AddNewPart<DocumentSettingsPart>();
            settings.Settings = new Settings(new DefaultTabStop { Val = 720 }, new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress });
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = Footer(document.Title);

            var body = new Body();
            foreach (var element in FrontMatter(document))
            {
                body.Append(element);
            }

            foreach (var element in Contents(document.Blocks))
            {
                body.Append(element);
            }

            var pictures = new Pictures(main);
            foreach (var block in document.Blocks)
            {
                foreach (var element in Block(block, pictures))
                {
                    body.Append(element);
                }
            }

            body.Append(new SectionProperties(
                new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1247U, Right = 1247U, Header = 567U, Footer = 567U, Gutter = 0U }));
            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    /// <summary>Organisation, document type, references and recipient as a borderless table, then the title.</summary>
    private static IEnumerable<OpenXmlElement> FrontMatter(DocumentModel document)
    {
        if (document.FrontMatter.Count > 0)
        {
            var table = new Table(new TableProperties(
                new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" },
                new TableLook { Val = "0000", FirstRow = false, NoHorizontalBand = true, NoVerticalBand = true }));
            table.Append(new TableGrid(new GridColumn { Width = "2600" }, new GridColumn { Width = "6800" }));
            foreach (var item in document.FrontMatter)
            {
                table.Append(new TableRow(
                    Cell(Paragraph(Run(item.Label, bold: true)), 2600),
                    Cell(Paragraph(Run(item.Value)), 6800)));
            }

            yield return table;
        }

        yield return new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Title" }), Run(document.Title));
    }

    /// <summary>
    /// "Innehållsförteckning" and a TOC field over heading levels 1–3. The field's result lists the headings already,
    /// so the contents show before anyone updates the field; updating it in Word or LibreOffice adds the page numbers.
    /// </summary>
    private static IEnumerable<OpenXmlElement> Contents(IReadOnlyList<DocumentBlock> blocks)
    {
        yield return new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "TOCHeading" }), Run(Texts.Document_Contents));
        var entries = blocks.OfType<HeadingBlock>().Where(h => h.Level <= 3).ToList();
        var begin = new Paragraph(
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(new FieldCode(" TOC \\o \"1-3\" \\h \\z \\u ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }));
        yield return begin;
        foreach (var heading in entries)
        {
            yield return new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "TOC" + heading.Level.ToString(CultureInfo.InvariantCulture) }), Run(HeadingText(heading)));
        }

        yield return new Paragraph(new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
        yield return new Paragraph(new Run(new Break { Type = BreakValues.Page }));
    }

    private static IEnumerable<OpenXmlElement> Block(DocumentBlock block, Pictures pictures)
    {
        switch (block)
        {
            case HeadingBlock heading:
                var level = Math.Clamp(heading.Level, 1, 6);
                yield return new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Heading" + level.ToString(CultureInfo.InvariantCulture) }), Run(HeadingText(heading)));
                break;
            case TextBlock text:
                foreach (var paragraph in TextParagraphs(text.Text))
                {
                    yield return paragraph;
                }

                break;
            case NoteBlock note:
                yield return new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Note" }), Run(note.Text));
                break;
            case MarkBlock mark:
                yield return MarkParagraph(mark.Text, mark.Colour);
                break;
            case ChartBlock chart:
                yield return new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Caption" }, new KeepNext()), Run(chart.Chart.Title));
                yield return new Paragraph(new ParagraphProperties(new KeepNext()), pictures.Add(chart));
                yield return new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Note" }), Run(chart.Chart.Summary()));
                break;
            case TableBlock table:
                yield return new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Caption" }, new KeepNext()), Run(table.Caption));
                yield return Table(table);
                yield return new Paragraph(new ParagraphProperties(new SpacingBetweenLines { Before = "0", After = "0" }));
                break;
        }
    }

    /// <summary>
    /// The charts' pictures of one document: each chart's SVG as a PNG part, placed inline at the width of the text,
    /// with the chart's words as its alternative text (docPr descr), which Word and screen readers read.
    /// </summary>
    private sealed class Pictures(MainDocumentPart main)
    {
        /// <summary>The width of the text between the margins: 9412 twips of 635 EMU.</summary>
        private const long TextWidthEmu = 9412L * 635;

        private uint _next;

        public Run Add(ChartBlock chart)
        {
            var (png, width, height) = ChartPicture.Render(TrendSvg.Render(chart.Chart, TrendSize.Large, "chart"));
            var part = main.AddImagePart(ImagePartType.Png);
            using (var stream = new MemoryStream(png))
            {
                part.FeedData(stream);
            }

            var id = ++_next;
            var (cx, cy) = (TextWidthEmu, TextWidthEmu * height / width);
            var name = "Diagram " + id.ToString(CultureInfo.InvariantCulture);
            var words = chart.Chart.Describe();
            var picture = new PIC.Picture(
                new PIC.NonVisualPictureProperties(new PIC.NonVisualDrawingProperties { Id = 0U, Name = name, Description = words }, new PIC.NonVisualPictureDrawingProperties()),
                new PIC.BlipFill(new A.Blip { Embed = main.GetIdOfPart(part) }, new A.Stretch(new A.FillRectangle())),
                new PIC.ShapeProperties(new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = cx, Cy = cy }), new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle }));
            var inline = new DW.Inline(
                new DW.Extent { Cx = cx, Cy = cy },
                new DW.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
                new DW.DocProperties { Id = id, Name = name, Description = words, Title = chart.Chart.Title },
                new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
                new A.Graphic(new A.GraphicData(picture) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
            {
                DistanceFromTop = 0U,
                DistanceFromBottom = 0U,
                DistanceFromLeft = 0U,
                DistanceFromRight = 0U,
            };
            return new Run(new Drawing(inline));
        }
    }

    /// <summary>"KF:s inriktningsmål: 1. Ett Stockholm…" as seed 003 writes its headings: caption, number, title.</summary>
    public static string HeadingText(HeadingBlock heading)
    {
        ArgumentNullException.ThrowIfNull(heading);
        var number = heading.Number is null ? string.Empty : heading.Number + " ";
        return heading.Caption is null ? number + heading.Text : $"{heading.Caption}: {number}{heading.Text}";
    }

    private static IEnumerable<Paragraph> TextParagraphs(string text)
    {
        foreach (var part in PlainTextLayout.Parse(text))
        {
            if (part.IsList)
            {
                foreach (var item in part.Lines)
                {
                    yield return new Paragraph(
                        new ParagraphProperties(new ParagraphStyleId { Val = "ListParagraph" }, new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = BulletNumberingId })),
                        Run(item));
                }
            }
            else
            {
                var paragraph = new Paragraph();
                for (var i = 0; i < part.Lines.Count; i++)
                {
                    if (i > 0)
                    {
                        paragraph.Append(new Run(new Break()));
                    }

                    paragraph.Append(Run(part.Lines[i]));
                }

                yield return paragraph;
            }
        }
    }

    private static Paragraph MarkParagraph(string text, Rag? colour)
    {
        if (colour is not { } c)
        {
            return new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Note" }), Run(text));
        }

        return new Paragraph(
            new ParagraphProperties(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = Shade(c) }),
            Run(RagTagHelper.Mark(c).Shape + " ", bold: true),
            Run(text, bold: true));
    }

    private static Table Table(TableBlock block)
    {
        var widths = ColumnWidths(block);
        var table = new Table(new TableProperties(
            new TableStyle { Val = "VerksamTable" },
            new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" },
            new TableLayout { Type = TableLayoutValues.Autofit },
            new TableLook { Val = "04A0", FirstRow = true, NoVerticalBand = true },
            new TableCaption { Val = block.Caption }));
        table.Append(new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));
        var header = new TableRow(new TableRowProperties(new CantSplit(), new TableHeader()));
        for (var c = 0; c < block.Columns.Count; c++)
        {
            header.Append(Cell(Paragraph(Run(BreakableAfterSlash(block.Columns[c]), bold: true)), widths[c], fill: "E7E6E6"));
        }

        table.Append(header);
        foreach (var row in block.Rows)
        {
            var tableRow = new TableRow(new TableRowProperties(new CantSplit()));
            var column = 0;
            foreach (var cell in row)
            {
                var span = Math.Clamp(cell.Span, 1, Math.Max(1, widths.Length - column));
                tableRow.Append(TableCellOf(cell, widths.Skip(column).Take(span).Sum()));
                column += span;
            }

            table.Append(tableRow);
        }

        return table;
    }

    /// <summary>
    /// Lets a narrow table cell break after a slash ("Utfall män/" over "pojkar") rather than inside a word ("poj|kar"):
    /// Word and LibreOffice break lines only at spaces, but honour a zero-width space as a place to break.
    /// </summary>
    internal static string BreakableAfterSlash(string text) => text.Replace("/", "/\u200B", StringComparison.Ordinal);

    /// <summary>
    /// Column widths in twentieths of a point over the text width, by how much each column holds: a column of long
    /// names gets more room than one of figures, by each column's share of the text. Each column is at least as wide as its widest word (<see cref="WordWidth"/>),
    /// so no header or name breaks inside a word ("Sammanfattn|ing", "Medskapandei|ndex") while there is room.
    /// </summary>
    internal static int[] ColumnWidths(TableBlock block)
    {
        const int total = 9400;
        var count = Math.Max(1, block.Columns.Count);
        var weights = new double[count];
        var minimum = new int[count];
        for (var c = 0; c < count; c++)
        {
            var header = c < block.Columns.Count ? LongestWord(block.Columns[c]) : 4;
            var cells = block.Rows.Where(r => r.Count == block.Columns.Count && c < r.Count).Select(r => r[c].Text).ToList();
            // Its share of the text: the mean cell, so a column of long paragraphs ("Vad ska göras?") gets more room than
            // one of short entries, and a single long cell counts a quarter.
            var longest = cells.Select(t => t.Length).DefaultIfEmpty(0).Max();
            var mean = cells.Count == 0 ? 0 : cells.Average(t => t.Length);
            weights[c] = Math.Sqrt(Math.Clamp(Math.Max(header * 1.8, Math.Max(mean, longest / 4.0)), 8, 200));

            // A word in the cells counts too ("barnkonsekvensanalys"), up to a long word's width, so one odd word cannot take the table.
            var word = Math.Min(WordWidth(new string('n', 24), bold: false), cells.Select(t => Widest(t, bold: false)).DefaultIfEmpty(0).Max());
            minimum[c] = Math.Max(c < block.Columns.Count ? Widest(block.Columns[c], bold: true) : 0, word);
        }

        var sum = weights.Sum();
        var widths = weights.Select((w, c) => Math.Max(minimum[c], total * w / sum)).ToArray();
        var excess = widths.Sum() - total;
        var slack = widths.Select((w, c) => w - minimum[c]).ToArray();
        if (excess > 0 && slack.Sum() >= excess)
        {
            // Take the overflow from the columns that have more than their header needs, in proportion.
            var totalSlack = slack.Sum();
            widths = [.. widths.Select((w, c) => w - (excess * slack[c] / totalSlack))];
        }
        else if (excess > 0)
        {
            // Too many columns for their headers to fit at all: share the width by what each header needs.
            var needed = minimum.Sum();
            widths = [.. minimum.Select(m => (double)total * m / needed)];
        }

        return [.. widths.Select(w => (int)w)];
    }

    /// <summary>
    /// The width a word needs in the table's 9 pt Arial, with the cell's margins (2 × 108 twips) and a little to spare:
    /// the sum of its letters' widths in Arial's metrics ("m" is three times "i"), bold a tenth wider (the header).
    /// </summary>
    internal static int WordWidth(string word, bool bold)
    {
        ArgumentNullException.ThrowIfNull(word);
        var em = word.Sum(ArialWidth) / 1000.0 * 180;
        return (int)Math.Ceiling(em * (bold ? 1.1 : 1.0) * 1.04) + 230;
    }

    /// <summary>The widest run a line cannot break: lines in a table break at spaces and after a slash, never inside "50-79 %".</summary>
    private static int Widest(string text, bool bold) =>
        string.Concat(TableText.Segments(text).Select(s => s.Keep ? s.Text.Replace(' ', '\u00A0') : s.Text)).Split(' ', '\n', '/').Max(w => WordWidth(w, bold));

    /// <summary>The number of letters of the longest word, for a column's share of the width.</summary>
    private static int LongestWord(string text) => text.Split(' ', '\n', '/').Max(w => w.Length);

    /// <summary>Arial's advance widths in thousandths of an em (metric-compatible with Helvetica and Liberation Sans).</summary>
    private static int ArialWidth(char c) => c switch
    {
        'i' or 'j' or 'l' => 222,
        'f' or 't' or 'I' or ' ' or '\u00A0' or '.' or ',' or ':' or ';' or '/' or '!' or '\'' or '|' => 278,
        'r' or '-' or '(' or ')' or '[' or ']' => 333,
        'c' or 'k' or 's' or 'v' or 'x' or 'y' or 'z' or 'J' => 500,
        'm' or 'M' => 833,
        'w' or 'C' or 'D' or 'H' or 'N' or 'R' or 'U' => 722,
        'W' => 944,
        '%' => 889,
        'G' or 'O' or 'Q' or 'Ö' => 778,
        'F' or 'T' or 'Z' => 611,
        'A' or 'B' or 'E' or 'K' or 'P' or 'S' or 'V' or 'X' or 'Y' or 'Å' or 'Ä' => 667,
        'L' => 556,
        '<' or '>' or '=' or '+' => 584,
        _ when char.IsUpper(c) => 722,
        _ => 556,
    };

    private static WordCell TableCellOf(TableCell cell, int width)
    {
        var paragraph = new Paragraph();
        if (cell.Label is not null)
        {
            paragraph.Append(Run(cell.Label + " ", bold: true));
        }

        if (cell.Colour is { } colour)
        {
            paragraph.Append(Run(RagTagHelper.Mark(colour).Shape + " "));
        }

        var lines = cell.Text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                paragraph.Append(new Run(new Break()));
            }

            foreach (var (text, keep) in TableText.Segments(lines[i]))
            {
                paragraph.Append(keep ? Unbroken(text) : Run(BreakableAfterSlash(text)));
            }
        }

        return Cell(paragraph, width, cell.Colour is { } c ? Shade(c) : null, cell.Span);
    }

    /// <summary>"50-79 %" on one line: Word's non-breaking hyphen between the figures, a non-breaking space before the per cent sign.</summary>
    private static Run Unbroken(string text)
    {
        var run = new Run();
        var parts = text.Replace(' ', '\u00A0').Split('-');
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new NoBreakHyphen());
            }

            if (parts[i].Length > 0)
            {
                run.Append(new Text(parts[i]) { Space = SpaceProcessingModeValues.Preserve });
            }
        }

        return run;
    }

    private static WordCell Cell(Paragraph paragraph, int? width = null, string? fill = null, int span = 1)
    {
        var properties = new TableCellProperties();
        if (width is { } w)
        {
            properties.Append(new TableCellWidth { Type = TableWidthUnitValues.Dxa, Width = w.ToString(CultureInfo.InvariantCulture) });
        }

        if (span > 1)
        {
            properties.Append(new GridSpan { Val = span });
        }

        if (fill is not null)
        {
            properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = fill });
        }

        return new WordCell(properties, paragraph);
    }

    private static Paragraph Paragraph(params OpenXmlElement[] runs) => new(runs);

    private static Run Run(string text, bool bold = false)
    {
        var run = new Run();
        if (bold)
        {
            run.Append(new RunProperties(new Bold()));
        }

        run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    /// <summary>"Verksamhetsberättelse 2024 · Sida 3 av 21": the title and the PAGE and NUMPAGES fields.</summary>
    private static Footer Footer(string title)
    {
        var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Footer" }));
        paragraph.Append(Run(title + " · " + Texts.Document_Page + " "));
        paragraph.Append(new SimpleField(Run("1")) { Instruction = " PAGE " });
        paragraph.Append(Run(" " + Texts.Document_Of + " "));
        paragraph.Append(new SimpleField(Run("1")) { Instruction = " NUMPAGES " });
        return new Footer(paragraph);
    }

    private static Numbering Numbering() => new(
        new AbstractNum(
            new MultiLevelType { Val = MultiLevelValues.SingleLevel },
            new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = NumberFormatValues.Bullet },
                new LevelText { Val = "•" },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation { Left = "720", Hanging = "360" }),
                new NumberingSymbolRunProperties(new RunFonts { Ascii = Font, HighAnsi = Font, Hint = FontTypeHintValues.Default }))
            { LevelIndex = 0 })
        { AbstractNumberId = 1 },
        new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = BulletNumberingId });

    private static Styles Styles()
    {
        var styles = new Styles(new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
                new FontSize { Val = "21" },
                new FontSizeComplexScript { Val = "21" },
                new Languages { Val = "sv-SE" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120", Line = "276", LineRule = LineSpacingRuleValues.Auto }))));
        styles.Append(new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true });
        styles.Append(ParagraphStyle("Title", "Title", 40, bold: true, before: 480, after: 240));
        styles.Append(ParagraphStyle("TOCHeading", "TOC Heading", 28, bold: true, before: 240, after: 120));
        int[] sizes = [32, 28, 24, 22, 21, 21];
        for (var level = 1; level <= 6; level++)
        {
            var style = ParagraphStyle("Heading" + level.ToString(CultureInfo.InvariantCulture), "heading " + level.ToString(CultureInfo.InvariantCulture), sizes[level - 1], bold: true, before: level <= 2 ? 360 : 240, after: 120, italic: level >= 5);
            style.StyleParagraphProperties!.Append(new OutlineLevel { Val = level - 1 });
            styles.Append(style);
        }

        for (var level = 1; level <= 3; level++)
        {
            var style = ParagraphStyle("TOC" + level.ToString(CultureInfo.InvariantCulture), "toc " + level.ToString(CultureInfo.InvariantCulture), 21, bold: level == 1, before: 0, after: 60);
            style.StyleParagraphProperties!.Append(new Indentation { Left = ((level - 1) * 240).ToString(CultureInfo.InvariantCulture) });
            styles.Append(style);
        }

        styles.Append(ParagraphStyle("Caption", "caption", 19, bold: true, before: 120, after: 60));
        styles.Append(ParagraphStyle("Note", "Verksam Note", 21, bold: false, before: 0, after: 120, italic: true));
        styles.Append(ParagraphStyle("Footer", "footer", 17, bold: false, before: 0, after: 0));
        var list = ParagraphStyle("ListParagraph", "List Paragraph", 21, bold: false, before: 0, after: 60);
        list.StyleParagraphProperties!.Append(new ContextualSpacing());
        styles.Append(list);

        var border = () => new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4, Color = "808080" },
            new LeftBorder { Val = BorderValues.Single, Size = 4, Color = "808080" },
            new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "808080" },
            new RightBorder { Val = BorderValues.Single, Size = 4, Color = "808080" },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "808080" },
            new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = "808080" });
        styles.Append(new Style(
            new StyleName { Val = "Verksam Table" },
            new BasedOn { Val = "TableNormal" },
            new StyleParagraphProperties(new SpacingBetweenLines { Before = "20", After = "20", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
            new StyleRunProperties(new FontSize { Val = "18" }, new FontSizeComplexScript { Val = "18" }),
            new StyleTableProperties(border()))
        { Type = StyleValues.Table, StyleId = "VerksamTable" });
        styles.Append(new Style(new StyleName { Val = "Normal Table" }, new UIPriority { Val = 99 }, new SemiHidden(), new StyleTableProperties(new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa }))
        { Type = StyleValues.Table, StyleId = "TableNormal", Default = true });
        return styles;
    }

    private static Style ParagraphStyle(string id, string name, int halfPoints, bool bold, int before, int after, bool italic = false)
    {
        var run = new StyleRunProperties();
        if (bold)
        {
            run.Append(new Bold());
        }

        if (italic)
        {
            run.Append(new Italic());
        }

        run.Append(new FontSize { Val = halfPoints.ToString(CultureInfo.InvariantCulture) }, new FontSizeComplexScript { Val = halfPoints.ToString(CultureInfo.InvariantCulture) });
        var paragraph = new StyleParagraphProperties(new SpacingBetweenLines { Before = before.ToString(CultureInfo.InvariantCulture), After = after.ToString(CultureInfo.InvariantCulture) });
        if (id.StartsWith("Heading", StringComparison.Ordinal) || id is "Title" or "TOCHeading")
        {
            paragraph.PrependChild(new KeepNext());
        }

        return new Style(new StyleName { Val = name }, new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" }, new PrimaryStyle(), paragraph, run)
        { Type = StyleValues.Paragraph, StyleId = id };
    }
}
