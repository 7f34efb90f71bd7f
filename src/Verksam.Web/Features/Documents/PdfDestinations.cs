using System.Text;
using System.Text.RegularExpressions;

namespace Verksam.Web.Features.Documents;

/// <summary>
/// Reads which page each named destination of a PDF is on ("del-3" → 5, counting from 1): the catalogue's /Dests and
/// its page tree, as Chromium writes them (plain objects, no object streams). Anything else gives no pages, and the
/// caller prints without page numbers rather than with wrong ones.
/// </summary>
public static partial class PdfDestinations
{
    public static IReadOnlyDictionary<string, int> Pages(byte[] pdf)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        var text = Encoding.Latin1.GetString(pdf);
        var objects = new Dictionary<int, string>();
        foreach (Match m in ObjectPattern().Matches(text))
        {
            objects[int.Parse(m.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture)] = m.Groups[2].Value;
        }

        var catalog = objects.Values.FirstOrDefault(o => o.Contains("/Type /Catalog", StringComparison.Ordinal));
        if (catalog is null || Reference(catalog, "Pages") is not { } root || Reference(catalog, "Dests") is not { } dests || !objects.TryGetValue(dests, out var names))
        {
            return new Dictionary<string, int>();
        }

        var order = new Dictionary<int, int>();
        Walk(root, 0);
        var pages = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Match m in DestinationPattern().Matches(names))
        {
            if (order.TryGetValue(int.Parse(m.Groups[2].ValueSpan, System.Globalization.CultureInfo.InvariantCulture), out var page))
            {
                pages[m.Groups[1].Value] = page;
            }
        }

        return pages;

        void Walk(int id, int depth)
        {
            if (depth > 32 || !objects.TryGetValue(id, out var node))
            {
                return;
            }

            if (node.Contains("/Type /Pages", StringComparison.Ordinal) && KidsPattern().Match(node) is { Success: true } kids)
            {
                foreach (Match kid in ReferencePattern().Matches(kids.Groups[1].Value))
                {
                    Walk(int.Parse(kid.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture), depth + 1);
                }
            }
            else if (node.Contains("/Type /Page", StringComparison.Ordinal))
            {
                order.TryAdd(id, order.Count + 1);
            }
        }
    }

    private static int? Reference(string dictionary, string key)
    {
        var m = Regex.Match(dictionary, "/" + key + @"\s+(\d+)\s+0\s+R", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return m.Success ? int.Parse(m.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"(?:^|[\r\n])(\d+) 0 obj\s*(<<.*?>>)\s*(?:endobj|stream)", RegexOptions.Singleline | RegexOptions.CultureInvariant, 5000)]
    private static partial Regex ObjectPattern();

    [GeneratedRegex(@"/([A-Za-z0-9_.\-]+)\s*\[\s*(\d+)\s+0\s+R", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DestinationPattern();

    [GeneratedRegex(@"/Kids\s*\[([^\]]*)\]", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex KidsPattern();

    [GeneratedRegex(@"(\d+)\s+0\s+R", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ReferencePattern();
}
