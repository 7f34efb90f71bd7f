using System.Globalization;
using Verksam.Web.Features.Documents;
using Verksam.Web.Resources;
using Verksam.Web.Shared.Text;

namespace Verksam.Web.Features.Register;

/// <summary>How many matters share the same answers in one tertial: what the table is counted from, never a list of matters.</summary>
public sealed record MatterCount(
    MatterKind Kind,
    MatterSource? Source,
    ComplaintCategory? Category,
    DeviationIdentifiedBy? IdentifiedBy,
    DeviationCategory? DeviationCategory,
    DeviationConcerns? Concerns,
    bool NotifiedToIvo,
    bool FeedbackGiven,
    bool HasMeasures,
    int Tertial,
    int Count);

/// <summary>One row: its label and the cells Utfall T1, T2, VB and Totalt ack. as they are printed.</summary>
public sealed record RegisterRow(string Label, IReadOnlyList<string> Cells);

/// <summary>A row group ("Uppdelning") with the unit's Sammanfattning och planerade åtgärder.</summary>
public sealed record RegisterGroup(string Key, string Label, IReadOnlyList<RegisterRow> Rows, string? Summary);

/// <summary>
/// Seed 003's "Redovisning av synpunkter och klagomål": the register counted per tertial for a unit and everything
/// below it. The rule for 0 and an empty cell: a row that counts an outcome of matters that were there to judge
/// (notified to IVO, feedback given) shows 0 when there were such matters in the column and none had that outcome;
/// every other cell, measures taken among them as seed 003 writes it, is left empty when its count is 0. Totals read
/// "2 st".
/// </summary>
public sealed record RegisterTable(int Year, IReadOnlyList<RegisterGroup> Groups)
{
    public const int Columns = 4;

    public static readonly IReadOnlyList<string> GroupKeys =
        ["ivo", "avvikelse-identifierad", "berom", "fran-vem", "lex-sarah-maria", "vad-gallde", "avvikelse-berort", "avvikelse-avser", "aterkoppling", "atgarder"];

    public static string GroupLabel(string key) => Texts.ResourceManager.GetString("RegisterGroup_" + key.Replace('-', '_'), CultureInfo.CurrentUICulture) ?? key;

    public static IReadOnlyList<string> ColumnHeadings =>
    [
        Texts.RegisterTable_Division, Texts.RegisterTable_Categories, Texts.RegisterTable_T1, Texts.RegisterTable_T2, Texts.RegisterTable_VB, Texts.RegisterTable_Total, Texts.RegisterTable_Summary,
    ];

    public static RegisterTable Compose(int year, IReadOnlyCollection<MatterCount> counts, IReadOnlyDictionary<string, string> summaries)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(summaries);
        var withLexMaria = counts.Any(c => c.Kind == MatterKind.LexMaria && c.Count > 0);
        var groups = new List<RegisterGroup>();

        void Group(string key, params RowRule[] rules) =>
            groups.Add(new RegisterGroup(key, GroupLabel(key), rules.Select(r => Row(r, counts)).ToList(), summaries.GetValueOrDefault(key)));

        var lexKinds = withLexMaria ? new[] { MatterKind.LexSarah, MatterKind.LexMaria } : [MatterKind.LexSarah];
        Group("ivo", lexKinds.Select(k => new RowRule(EnumText.Of(k), c => c.Kind == k && c.NotifiedToIvo, c => c.Kind == k)).ToArray());
        Group("avvikelse-identifierad", Enum.GetValues<DeviationIdentifiedBy>().Select(v => new RowRule(EnumText.Of(v), c => c.Kind == MatterKind.Deviation && c.IdentifiedBy == v)).ToArray());
        Group("berom", new RowRule(Texts.RegisterRow_Praise, c => c.Kind == MatterKind.Praise));
        Group("fran-vem", Enum.GetValues<MatterSource>().Select(v => new RowRule(EnumText.Of(v), c => IsComplaintLike(c) && c.Source == v)).ToArray());
        Group("lex-sarah-maria", lexKinds.Select(k => new RowRule(EnumText.Of(k), c => c.Kind == k)).ToArray());
        Group("vad-gallde", Enum.GetValues<ComplaintCategory>().Select(v => new RowRule(v == ComplaintCategory.Other ? Texts.RegisterRow_ComplaintOther : EnumText.Of(v), c => IsComplaintLike(c) && c.Category == v)).ToArray());
        Group("avvikelse-berort", Enum.GetValues<DeviationCategory>().Select(v => new RowRule(EnumText.Of(v), c => c.Kind == MatterKind.Deviation && c.DeviationCategory == v)).ToArray());
        Group("avvikelse-avser", Enum.GetValues<DeviationConcerns>().Select(v => new RowRule(EnumText.Of(v), c => c.Kind == MatterKind.Deviation && c.Concerns == v)).ToArray());
        Group("aterkoppling", new RowRule(Texts.RegisterRow_Feedback, c => IsComplaintLike(c) && c.FeedbackGiven, IsComplaintLike));
        // Seed 003 leaves this row empty beside two complaints without measures: a 0 here is not written.
        Group("atgarder", new RowRule(Texts.RegisterRow_Measures, c => IsComplaintLike(c) && c.HasMeasures));
        return new RegisterTable(year, groups);
    }

    /// <summary>The same table in the shared document model: the group's label and summary on its first row, as the seed prints them.</summary>
    public TableBlock ToBlock()
    {
        var rows = new List<IReadOnlyList<TableCell>>();
        foreach (var group in Groups)
        {
            for (var i = 0; i < group.Rows.Count; i++)
            {
                var row = group.Rows[i];
                var cells = new List<TableCell> { i == 0 ? group.Label : string.Empty, row.Label };
                cells.AddRange(row.Cells.Select(TableCell.FromString));
                cells.Add(i == 0 ? group.Summary ?? string.Empty : string.Empty);
                rows.Add(cells);
            }
        }

        return new TableBlock(string.Format(CultureInfo.CurrentCulture, Texts.RegisterTable_Caption, Year), ColumnHeadings, rows);
    }

    private static bool IsComplaintLike(MatterCount c) => c.Kind is MatterKind.Feedback or MatterKind.Complaint;

    private static RegisterRow Row(RowRule rule, IReadOnlyCollection<MatterCount> counts)
    {
        var cells = new List<string>(Columns);
        for (var tertial = 1; tertial <= 3; tertial++)
        {
            var t = tertial;
            cells.Add(Cell(rule, counts.Where(c => c.Tertial == t).ToList(), n => n.ToString(CultureInfo.CurrentCulture)));
        }

        cells.Add(Cell(rule, counts, n => string.Format(CultureInfo.CurrentCulture, Texts.RegisterTable_Pieces, n)));
        return new RegisterRow(rule.Label, cells);
    }

    private static string Cell(RowRule rule, IReadOnlyCollection<MatterCount> counts, Func<int, string> format)
    {
        var count = counts.Where(rule.Counts).Sum(c => c.Count);
        var judged = rule.Judged is { } j && counts.Where(j).Sum(c => c.Count) > 0;
        return count > 0 || judged ? format(count) : string.Empty;
    }

    private sealed record RowRule(string Label, Func<MatterCount, bool> Counts, Func<MatterCount, bool>? Judged = null);
}

/// <summary>Short descriptions of a matter for lists, from its choices only, never its texts.</summary>
public static class MatterText
{
    /// <summary>
    /// What a case officer looks for in the list, in the kind's own words: who raised a synpunkt, klagomål or beröm
    /// and what it concerned ("Från: Brukare/patient · Gällde: Bemötande"), who found a deviation, what and whom it
    /// concerns, and a Lex Sarah or Lex Maria report's decision.
    /// </summary>
    public static string Concerned(Matter matter)
    {
        ArgumentNullException.ThrowIfNull(matter);
        var parts = new List<string>();
        void Add<T>(string label, T? value)
            where T : struct, Enum
        {
            if (value is { } v)
            {
                parts.Add(string.Format(CultureInfo.CurrentCulture, label, EnumText.Of(v)));
            }
        }

        switch (matter.Kind)
        {
            case MatterKind.LexSarah or MatterKind.LexMaria:
                Add(Texts.Matter_Concerned_Decision, matter.Decision);
                break;
            case MatterKind.Deviation:
                Add(Texts.Matter_Concerned_Found, matter.IdentifiedBy);
                Add(Texts.Matter_Concerned_What, matter.DeviationCategory);
                Add(Texts.Matter_Concerned_Whom, matter.Concerns);
                break;
            default:
                Add(Texts.Matter_Concerned_From, matter.Source);
                Add(Texts.Matter_Concerned_What, matter.Category);
                break;
        }

        return string.Join(" · ", parts);
    }
}
