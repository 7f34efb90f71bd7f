using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Verksam.Web.Features.Documents;
using Verksam.Web.Shared.Text;

namespace Verksam.Web.Features.Indicators;

public enum OutcomeFileFormat
{
    Csv = 1,
    Xlsx = 2,
}

/// <summary>
/// The documented layout of an outcome file, one outcome per row, with a header row:
/// Enhet; Indikator; Period; Värde; Täljare; Nämnare; Män; Kvinnor; Kommentar; Svar.
/// CSV is UTF-8 with ';' (or ',') between fields; Excel files use the first sheet.
/// </summary>
public static class OutcomeFile
{
    public static readonly IReadOnlyList<string> Columns = ["Enhet", "Indikator", "Period", "Värde", "Täljare", "Nämnare", "Män", "Kvinnor", "Kommentar", "Svar"];

    /// <summary>English names that are read as the Swedish ones, for files from other systems.</summary>
    public static readonly IReadOnlyDictionary<string, string> Aliases = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["unit"] = "Enhet",
        ["indicator"] = "Indikator",
        ["period"] = "Period",
        ["value"] = "Värde",
        ["numerator"] = "Täljare",
        ["denominator"] = "Nämnare",
        ["men"] = "Män",
        ["women"] = "Kvinnor",
        ["comment"] = "Kommentar",
        ["answers"] = "Svar",
        ["varde"] = "Värde",
        ["taljare"] = "Täljare",
        ["namnare"] = "Nämnare",
        ["man"] = "Män",
    };

    /// <summary>The rows of a file as text, the header first. Throws <see cref="InvalidDataException"/> for a file that is not of the format.</summary>
    public static List<string[]> Read(Stream stream, OutcomeFileFormat format) => format == OutcomeFileFormat.Xlsx ? ReadXlsx(stream) : ReadCsv(stream);

    public static void Write(Stream stream, OutcomeFileFormat format, IEnumerable<string?[]> rows)
    {
        if (format == OutcomeFileFormat.Xlsx)
        {
            // Numbers are numbers in Excel (so they can be summed); everything else is text.
            TabularFile.WriteXlsx(stream, "Utfall", rows, c => c is >= 3 and <= 7);
        }
        else
        {
            TabularFile.WriteCsv(stream, rows);
        }
    }

    private static List<string[]> ReadCsv(Stream stream)
    {
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            DetectDelimiter = true,
            DetectDelimiterValues = [";", ",", "\t"],
            BadDataFound = null,
            MissingFieldFound = null,
            TrimOptions = TrimOptions.Trim,
        };
        using var parser = new CsvParser(reader, config);
        var rows = new List<string[]>();
        while (parser.Read())
        {
            rows.Add([.. (parser.Record ?? []).Select(SpreadsheetText.Restore)]);
        }

        return rows;
    }

    private static List<string[]> ReadXlsx(Stream stream)
    {
        SpreadsheetDocument document;
        try
        {
            document = SpreadsheetDocument.Open(stream, false);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or FileFormatException or InvalidDataException or IOException)
        {
            throw new InvalidDataException(ex.Message, ex);
        }

        using (document)
        {
            var workbook = document.WorkbookPart ?? throw new InvalidDataException("No workbook.");
            var sheet = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw new InvalidDataException("No sheet.");
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
            var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
            var rows = new List<string[]>();
            foreach (var row in part.Worksheet.Descendants<Row>())
            {
                var cells = new List<string>();
                foreach (var cell in row.Elements<Cell>())
                {
                    var index = ColumnLetters.ToIndex(cell.CellReference?.Value) ?? cells.Count;
                    while (cells.Count < index)
                    {
                        cells.Add(string.Empty);
                    }

                    cells.Add(CellText(cell, shared));
                }

                // Excel leaves out empty rows; a missing row number is an empty row, so row numbers stay true.
                var number = (int?)row.RowIndex?.Value ?? rows.Count + 1;
                while (rows.Count < number - 1)
                {
                    rows.Add([]);
                }

                rows.Add(cells.ToArray());
            }

            return rows;
        }
    }

    private static string CellText(Cell cell, List<string> shared)
    {
        if (cell.DataType?.Value == CellValues.SharedString && int.TryParse(cell.CellValue?.Text, out var i) && i < shared.Count)
        {
            return shared[i];
        }

        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? string.Empty;
        }

        return cell.CellValue?.Text ?? string.Empty;
    }
}
