using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Verksam.Web.Domain.Scales;
using Verksam.Web.Features.Documents;
using Verksam.Web.Features.FollowUp;
using Verksam.Web.Features.Indicators;
using Verksam.Web.Shared.Text;
using TableCell = Verksam.Web.Features.Documents.TableCell;

namespace Verksam.UnitTests.Shared;

/// <summary>The Word renderer of the document model, and the rules every renderer shares.</summary>
public sealed class WordDocumentTests
{
    private static readonly DocumentModel Sample = new("Verksamhetsberättelse 2024",
        [new("Kommun", "Stockholms stad"), new("Dnr", "HÄ 2024/696")],
        [
            new HeadingBlock(1, "Uppföljning av Kommunfullmäktiges inriktningsmål"),
            new HeadingBlock(2, "Ett Stockholm som håller samman", "1.", "KF:s inriktningsmål"),
            new MarkBlock("— Inga data", null),
            new MarkBlock("Uppfylls delvis", Rag.Yellow),
            new TextBlock("Första stycket\nmed radbrytning.\n\n- En punkt\n- En till"),
            new NoteBlock("Inget skrivet."),
            new TableBlock("Indikatorer", ["Indikator", "Utfall", "Bedömning"],
            [
                ["Sjukfrånvaro", "3,5 %", new TableCell("Grön", Rag.Green)],
                [new TableCell("Sjukfrånvaron är låg.", Span: 3, Label: "Analys")],
            ]),
        ]);

    [Fact]
    public void TheDocument_IsValidOpenXml()
    {
        using var package = Open(WordDocument.Render(Sample));

        new OpenXmlValidator(FileFormatVersions.Office2016).Validate(package).Select(e => $"{e.Path?.XPath}: {e.Description}").ShouldBeEmpty();
    }

    [Fact]
    public void Headings_UseWordsHeadingStyles_WithCaptionNumberAndTitle()
    {
        using var package = Open(WordDocument.Render(Sample));
        var headings = Body(package).Elements<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value?.StartsWith("Heading", StringComparison.Ordinal) == true)
            .Select(p => (Style: p.ParagraphProperties!.ParagraphStyleId!.Val!.Value, p.InnerText)).ToList();

        headings.ShouldBe([("Heading1", "Uppföljning av Kommunfullmäktiges inriktningsmål"), ("Heading2", "KF:s inriktningsmål: 1. Ett Stockholm som håller samman")]);
    }

    [Fact]
    public void TheContents_IsATocField_ListingTheHeadings()
    {
        using var package = Open(WordDocument.Render(Sample));
        var body = Body(package);

        body.Descendants<FieldCode>().Single().Text.ShouldContain("TOC \\o \"1-3\"");
        body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value is "TOC1" or "TOC2").Select(p => p.InnerText)
            .ShouldBe(["Uppföljning av Kommunfullmäktiges inriktningsmål", "KF:s inriktningsmål: 1. Ett Stockholm som håller samman"]);
    }

    [Fact]
    public void Tables_RepeatTheirHeaderRow_ShadeColours_AndSpanAnalysisRows()
    {
        using var package = Open(WordDocument.Render(Sample));
        var table = Body(package).Elements<Table>().Last();
        var rows = table.Elements<TableRow>().ToList();

        rows[0].TableRowProperties!.Elements<TableHeader>().ShouldHaveSingleItem();
        rows.Skip(1).ShouldAllBe(r => !r.TableRowProperties!.Elements<TableHeader>().Any());
        var green = rows[1].Elements<DocumentFormat.OpenXml.Wordprocessing.TableCell>().Last();
        green.InnerText.ShouldBe("● Grön");
        green.TableCellProperties!.Shading!.Fill!.Value.ShouldBe(WordDocument.Shade(Rag.Green));
        var analysis = rows[2].Elements<DocumentFormat.OpenXml.Wordprocessing.TableCell>().Single();
        analysis.TableCellProperties!.GridSpan!.Val!.Value.ShouldBe(3);
        analysis.InnerText.ShouldBe("Analys Sjukfrånvaron är låg.");
    }

    [Fact]
    public void TableWords_MayBreakAfterASlash_NotInsideAWord()
    {
        var block = new TableBlock("Indikatorer", ["Indikator", "Utfall män/pojkar", "Utfall kvinnor/flickor"], [["Tas fram av nämnd/styrelse", "85 %", "93 %"]]);
        using var package = Open(WordDocument.Render(Sample with { Blocks = [block] }));

        var rows = Body(package).Elements<Table>().Last().Elements<TableRow>().Select(r => r.Elements<DocumentFormat.OpenXml.Wordprocessing.TableCell>().Select(c => c.InnerText).ToList()).ToList();
        rows[0].ShouldBe(["Indikator", "Utfall män/\u200Bpojkar", "Utfall kvinnor/\u200Bflickor"]);
        rows[1][0].ShouldBe("Tas fram av nämnd/\u200Bstyrelse");
    }

    [Fact]
    public void EachColumn_IsWideEnoughForItsLongestWord_AndTheTableFitsThePage()
    {
        // Seed 003's register table: seven columns, one header word ("Sammanfattning") longer than the figures below it.
        string[] columns = ["Uppdelning", "Klagomål/synpunkter/kategorier", "Utfall T1", "Utfall T2", "Utfall VB", "Totalt ack. Utfall", "Sammanfattning och planerade åtgärder"];
        var block = new TableBlock("Redovisning av synpunkter och klagomål 2024", columns,
        [
            ["Antal rapporter som bedömts som allvarligt missförhållande eller påtaglig risk för missförhållande", "Lex Sarah", "0", "0", "", "0 st", ""],
            ["Beröm", "Antal beröm", "", "", "", "", ""],
        ]);

        var widths = WordDocument.ColumnWidths(block);

        widths.Sum().ShouldBeLessThanOrEqualTo(9400);
        for (var c = 0; c < columns.Length; c++)
        {
            widths[c].ShouldBeGreaterThanOrEqualTo(columns[c].Split(' ', '/').Max(w => WordDocument.WordWidth(w, bold: true)), columns[c]);
        }

        widths[0].ShouldBeGreaterThan(widths[2], "the column of long texts gets more room than a column of figures");
    }

    [Fact]
    public void AWordsWidth_IsMeasuredInArial_SoAWordOfWideLettersGetsMoreRoom()
    {
        // Seed 004's "kompetensmenyn" broke as "kompetensmeny|n" when every letter was counted alike.
        WordDocument.WordWidth("kompetensmenyn", bold: false).ShouldBeGreaterThan(WordDocument.WordWidth("illitillitilli", bold: false));
        WordDocument.WordWidth("Egenkontroll", bold: true).ShouldBeGreaterThan(WordDocument.WordWidth("Egenkontroll", bold: false));
    }

    [Fact]
    public void AColumnOfShortNames_StillFitsItsLongestWord()
    {
        var block = new TableBlock("Indikatorer", ["Indikator", "Periodens utfall", "Utfall män/pojkar", "Utfall kvinnor/flickor", "Utfall VB 2023", "Årsmål", "KF:s årsmål", "Period"],
            [["Aktivt Medskapandeindex", "80", "", "", "79", "78", "83", "2024"], ["Sjukfrånvaro", "3,5 %", "", "", "4 %", "6 %", "Tas fram av nämnd/styrelse", "VB 2024"]]);

        var widths = WordDocument.ColumnWidths(block);

        widths[0].ShouldBeGreaterThanOrEqualTo(WordDocument.WordWidth("Medskapandeindex", bold: false));
        widths[6].ShouldBeGreaterThanOrEqualTo(WordDocument.WordWidth("styrelse", bold: false), "a cell text breaks at spaces and after a slash");
    }

    [Fact]
    public void Marks_ShowShapeAndWords_OrTheNoteWithoutColour()
    {
        using var package = Open(WordDocument.Render(Sample));
        var texts = Body(package).Elements<Paragraph>().Select(p => p.InnerText).ToList();

        texts.ShouldContain("▲ Uppfylls delvis");
        texts.ShouldContain("— Inga data");
    }

    [Fact]
    public void UserText_BecomesParagraphsAndRealBulletLists()
    {
        using var package = Open(WordDocument.Render(Sample));
        var paragraphs = Body(package).Elements<Paragraph>().ToList();

        paragraphs.Where(p => p.ParagraphProperties?.NumberingProperties is not null).Select(p => p.InnerText).ShouldBe(["En punkt", "En till"]);
        paragraphs.Single(p => p.InnerText.StartsWith("Första stycket", StringComparison.Ordinal)).Descendants<Break>().ShouldHaveSingleItem();
        package.MainDocumentPart!.NumberingDefinitionsPart!.Numbering!.Descendants<NumberingFormat>().Single().Val!.Value.ShouldBe(NumberFormatValues.Bullet);
    }

    [Fact]
    public void TheFrontMatterAndTitle_OpenTheDocument_AndTheFooterNumbersPages()
    {
        using var package = Open(WordDocument.Render(Sample));
        var body = Body(package);

        body.Elements<Table>().First().Elements<TableRow>().Select(r => r.InnerText).ShouldBe(["KommunStockholms stad", "DnrHÄ 2024/696"]);
        body.Elements<Paragraph>().First(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Title").InnerText.ShouldBe("Verksamhetsberättelse 2024");
        package.PackageProperties.Title.ShouldBe("Verksamhetsberättelse 2024");
        package.MainDocumentPart!.FooterParts.Single().Footer!.Descendants<SimpleField>().Select(f => f.Instruction!.Value!.Trim()).ShouldBe(["PAGE", "NUMPAGES"]);
    }

    [Theory]
    [InlineData("Första\nandra\n\n- a\n- b\nefter", "P:Första|andra;L:a|b;P:efter")]
    [InlineData("– tankstreck\n• punkt\n* stjärna", "L:tankstreck|punkt|stjärna")]
    [InlineData("-inte en punkt", "P:-inte en punkt")]
    [InlineData("", "")]
    public void PlainText_IsReadTheSameWayByEveryRenderer(string text, string expected)
    {
        string.Join(";", PlainTextLayout.Parse(text).Select(p => (p.IsList ? "L:" : "P:") + string.Join("|", p.Lines))).ShouldBe(expected);
    }

    [Theory]
    [InlineData("Verksamhetsberättelse 2024", "Beställarenheten för funktionsnedsättning", "Verksamhetsberättelse 2024 - Beställarenheten för funktionsnedsättning.docx")]
    [InlineData("Tertialrapport T1 2023", "Myndighet: LSS/Barn?", "Tertialrapport T1 2023 - Myndighet- LSS-Barn.docx")]
    public void FileNames_KeepTitleAndUnit_WithoutCharactersFileSystemsRefuse(string title, string unit, string expected)
    {
        DocumentExport.FileName(new DocumentModel(title, [], []), unit, "docx").ShouldBe(expected);
    }

    [Theory]
    [InlineData(80.77, 0, "80,77 %")]
    [InlineData(100, 0, "100 %")]
    [InlineData(46.2, 0, "46,2 %")]
    [InlineData(3.5, 1, "3,5 %")]
    [InlineData(4, 1, "4 %")]
    [InlineData(12.3456, 0, "12,35 %")]
    public void AnnualReportFigures_AreShownAsRecorded(decimal value, int decimals, string expected)
    {
        AnnualFigures.AsRecorded(value, new Indicator { Unit = MeasureUnit.Percent, Decimals = decimals }).ShouldBe(expected);
    }

    private static WordprocessingDocument Open(byte[] bytes) => WordprocessingDocument.Open(new MemoryStream(bytes), false);

    private static Body Body(WordprocessingDocument package) => package.MainDocumentPart!.Document.Body!;
}
