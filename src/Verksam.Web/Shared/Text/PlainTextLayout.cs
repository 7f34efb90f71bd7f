namespace Verksam.Web.Shared.Text;

/// <summary>A run of a user's plain text: a paragraph (its lines kept as line breaks) or a bullet list (its items).</summary>
public sealed record TextPart(bool IsList, IReadOnlyList<string> Lines);

/// <summary>
/// How Verksam reads text a user wrote, the same for every renderer: blank lines separate paragraphs, lines starting
/// with "-", "–", "•" or "*" and a space form a bullet list.
/// </summary>
public static class PlainTextLayout
{
    public static IReadOnlyList<TextPart> Parse(string? text)
    {
        var parts = new List<TextPart>();
        var paragraph = new List<string>();
        var list = new List<string>();
        void Flush()
        {
            if (paragraph.Count > 0)
            {
                parts.Add(new TextPart(false, [.. paragraph]));
                paragraph.Clear();
            }

            if (list.Count > 0)
            {
                parts.Add(new TextPart(true, [.. list]));
                list.Clear();
            }
        }

        foreach (var raw in (text ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                Flush();
            }
            else if (line.Length > 1 && line[0] is '-' or '–' or '•' or '*' && line[1] == ' ')
            {
                if (paragraph.Count > 0)
                {
                    Flush();
                }

                list.Add(line[2..].Trim());
            }
            else
            {
                if (list.Count > 0)
                {
                    Flush();
                }

                paragraph.Add(line);
            }
        }

        Flush();
        return parts;
    }
}
