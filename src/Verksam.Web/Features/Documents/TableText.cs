using System.Text.RegularExpressions;

namespace Verksam.Web.Features.Documents;

/// <summary>
/// Where a line in a table cell must not break: a figure and its per cent sign ("100 %", "&gt;80 %") and figures joined
/// by a hyphen ("50-79", "2023-01-01"), which a narrow column would otherwise split as "50-" over "79 %". Every
/// renderer keeps these runs together (HTML without wrapping, Word with a non-breaking space and hyphen).
/// </summary>
public static partial class TableText
{
    /// <summary>The line in order as runs of text, each marked whether it must stay on one line.</summary>
    public static IEnumerable<(string Text, bool Keep)> Segments(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var at = 0;
        foreach (Match m in KeepPattern().Matches(line))
        {
            if (m.Index > at)
            {
                yield return (line[at..m.Index], false);
            }

            yield return (m.Value, true);
            at = m.Index + m.Length;
        }

        if (at < line.Length)
        {
            yield return (line[at..], false);
        }
    }

    [GeneratedRegex(@"[^\s/]*\d+(?:-\d+)*\s%|\d+(?:-\d+)+", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex KeepPattern();
}
