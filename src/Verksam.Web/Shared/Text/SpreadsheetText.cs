using System.Globalization;

namespace Verksam.Web.Shared.Text;

/// <summary>
/// Keeps a text in a CSV file from being run as a formula when the file is opened in a spreadsheet (CSV injection,
/// as OWASP describes it): a field that starts with = + - @, a tab or a carriage return gets a leading apostrophe,
/// unless it is a number ("-3,5" stays a number). Reading a file back takes the apostrophe off again, so an export
/// imported again changes nothing.
/// </summary>
public static class SpreadsheetText
{
    private const string Triggers = "=+-@\t\r";

    public static string Neutralise(string? text)
    {
        if (string.IsNullOrEmpty(text) || !Triggers.Contains(text[0], StringComparison.Ordinal) || IsNumber(text))
        {
            return text ?? string.Empty;
        }

        return "'" + text;
    }

    /// <summary>The text as it was before <see cref="Neutralise"/>.</summary>
    public static string Restore(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length >= 2 && text[0] == '\'' && Triggers.Contains(text[1], StringComparison.Ordinal) && !IsNumber(text[1..]) ? text[1..] : text;
    }

    private static bool IsNumber(string text) =>
        decimal.TryParse(text.Replace(',', '.').Replace(" ", string.Empty, StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out _);
}
