using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Verksam.Web.Shared.Text;

namespace Verksam.Web.Features.Documents;

/// <summary>
/// Rows of text written as a file a user opens in Excel: CSV in UTF-8 with a byte-order mark and ';' between fields
/// (what Swedish Excel expects), or an .xlsx workbook with one sheet. A CSV text that a spreadsheet would run as a
/// formula is neutralised (<see cref="SpreadsheetText"/>); an .xlsx cell is always a text or a number, never a formula.
/// </summary>
public static class TabularFile
{
    public static void WriteCsv(Stream stream, IEnumerable<string?[]> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        using var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = ";" });
        foreach (var row in rows)
        {
            foreach (var field in row)
            {
                csv.WriteField(SpreadsheetText.Neutralise(field));
            }

            csv.NextRecord();
        }
    }

    /// <summary>
    /// One sheet; the first row is the header. Cells in the columns <paramref name="numeric"/> picks are numbers in
    /// Excel (so they can be summed) when they parse as one; everything else is text, kept exactly.
    /// </summary>
    public static void WriteXlsx(Stream stream, string sheetName, IEnumerable<string?[]> rows, Func<int, bool>? numeric = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        using var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var part = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        uint number = 1;
        foreach (var row in rows)
        {
            var xmlRow = new Row { RowIndex = number };
            for (var c = 0; c < row.Length; c++)
            {
                var text = row[c] ?? string.Empty;
                var reference = ColumnLetters.FromIndex(c) + number.ToString(CultureInfo.InvariantCulture);
                var cell = number > 1 && numeric?.Invoke(c) == true && decimal.TryParse(text.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var value)
                    ? new Cell { CellReference = reference, CellValue = new CellValue(value.ToString(CultureInfo.InvariantCulture)), DataType = CellValues.Number }
                    : new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }) };
                xmlRow.Append(cell);
            }

            data.Append(xmlRow);
            number++;
        }

        part.Worksheet = new Worksheet(data);
        var sheets = workbook.Workbook.AppendChild(new Sheets());
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = 1, Name = sheetName });
        workbook.Workbook.Save();
    }
}
