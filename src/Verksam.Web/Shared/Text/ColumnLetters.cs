namespace Verksam.Web.Shared.Text;

/// <summary>A spreadsheet's column letters, both ways: column 0 is "A", 25 "Z", 26 "AA".</summary>
public static class ColumnLetters
{
    /// <summary>The letters of a zero-based column index: 0 → "A", 27 → "AB".</summary>
    public static string FromIndex(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var name = string.Empty;
        for (var i = index + 1; i > 0; i = (i - 1) / 26)
        {
            name = (char)('A' + ((i - 1) % 26)) + name;
        }

        return name;
    }

    /// <summary>The zero-based column of a cell reference ("AB12" → 27), or null without letters.</summary>
    public static int? ToIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsLetter))
        {
            index = (index * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return index - 1;
    }
}
