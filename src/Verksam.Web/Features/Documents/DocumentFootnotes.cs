using System.Text.RegularExpressions;

namespace Verksam.Web.Features.Documents;

/// <summary>
/// Footnotes where the reader meets their mark, as seed 004 prints them at the foot of the page that carries them: a
/// footnote is a paragraph that starts with its raised number ("¹ ASI (Addiction severity index) …"), and it is placed
/// as a note right after the first text or table that carries the same raised number.
/// </summary>
public static partial class DocumentFootnotes
{
    /// <summary>The blocks with each footnote after the first block that carries its mark; returns the footnotes no block carries, in their order.</summary>
    public static IReadOnlyList<string> Place(List<DocumentBlock> blocks, string? footnotes)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var unplaced = new List<string>();
        var byBlock = new Dictionary<int, List<string>>();
        foreach (var note in Paragraphs(footnotes))
        {
            var mark = Mark().Match(note);
            var at = mark.Success ? blocks.FindIndex(b => Carries(b, mark.Groups[1].Value)) : -1;
            if (at < 0)
            {
                unplaced.Add(note);
                continue;
            }

            if (!byBlock.TryGetValue(at, out var list))
            {
                byBlock[at] = list = [];
            }

            list.Add(note);
        }

        foreach (var (at, notes) in byBlock.OrderByDescending(p => p.Key))
        {
            blocks.InsertRange(at + 1, notes.Select(n => new NoteBlock(n)));
        }

        return unplaced;
    }

    private static IEnumerable<string> Paragraphs(string? text) =>
        (text ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n").Select(p => p.Trim()).Where(p => p.Length > 0);

    private static bool Carries(DocumentBlock block, string mark) => block switch
    {
        TextBlock t => HasMark(t.Text, mark),
        TableBlock table => table.Rows.Any(r => r.Any(c => HasMark(c.Text, mark))),
        _ => false,
    };

    private static bool HasMark(string text, string mark)
    {
        for (var i = text.IndexOf(mark, StringComparison.Ordinal); i >= 0; i = text.IndexOf(mark, i + 1, StringComparison.Ordinal))
        {
            var before = i > 0 && Superscripts.Contains(text[i - 1], StringComparison.Ordinal);
            var after = i + mark.Length < text.Length && Superscripts.Contains(text[i + mark.Length], StringComparison.Ordinal);
            // The footnote's own paragraph starts with its mark and a space; a reference follows a word.
            if (!before && !after && i > 0 && !char.IsWhiteSpace(text[i - 1]))
            {
                return true;
            }
        }

        return false;
    }

    private const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    [GeneratedRegex("^([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\\s")]
    private static partial Regex Mark();
}
