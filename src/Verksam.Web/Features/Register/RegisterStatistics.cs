using System.Globalization;
using Verksam.Web.Domain.Charts;
using Verksam.Web.Domain.Periods;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Resources;
using Verksam.Web.Shared.Text;

namespace Verksam.Web.Features.Register;

/// <summary>How many matters of one kind one unit registered in one month, and whether they were notified to IVO: what the statistics are counted from.</summary>
public sealed record MatterMonthCount(Guid UnitId, MatterKind Kind, int Year, int Month, bool NotifiedToIvo, int Count);

/// <summary>One tertial's counts per kind, and the Lex reports of it notified to IVO.</summary>
public sealed record StatisticsTertial(int Year, int Tertial, IReadOnlyDictionary<MatterKind, int> Counts, IReadOnlyDictionary<MatterKind, int> NotifiedToIvo)
{
    public int Total => Counts.Values.Sum();
}

/// <summary>A row of the table per unit: a unit directly below with everything under it, or the unit's own matters.</summary>
public sealed record StatisticsUnitRow(Guid UnitId, string Name, bool IsOwn, bool CanSeeMatters, IReadOnlyDictionary<MatterKind, int> Counts)
{
    public int Total => Counts.Values.Sum();
}

/// <summary>
/// The register counted over time for a unit and the units below it that the user may read: per kind and tertial of
/// the year and the year before, and per unit below for the year. Counts only, never a matter.
/// </summary>
public sealed record RegisterStatistics(
    OrgUnit Unit,
    int Year,
    IReadOnlyList<int> Years,
    IReadOnlyList<MatterKind> Kinds,
    IReadOnlyList<StatisticsTertial> Tertials,
    IReadOnlyList<StatisticsUnitRow> Rows,
    bool CanSeeMatters)
{
    public static readonly IReadOnlyList<MatterKind> LexKinds = [MatterKind.LexSarah, MatterKind.LexMaria];

    /// <summary>The Lex kinds shown, whose reports notified to IVO are counted.</summary>
    public IReadOnlyList<MatterKind> IvoKinds => [.. Kinds.Where(LexKinds.Contains)];

    public IReadOnlyList<StatisticsTertial> TertialsOf(int year) => [.. Tertials.Where(t => t.Year == year)];

    public int CountOf(int year, MatterKind kind) => TertialsOf(year).Sum(t => t.Counts[kind]);

    public int IvoOf(int year, MatterKind kind) => TertialsOf(year).Sum(t => t.NotifiedToIvo[kind]);

    public int TotalOf(int year) => TertialsOf(year).Sum(t => t.Total);

    /// <summary>
    /// Composes the statistics from counts per unit, kind and month of the units in <paramref name="readable"/>: those
    /// the user may read under <paramref name="unit"/>, itself included, to which the query has narrowed the counts.
    /// Only the year and the year before are counted. Lex Maria is shown only where there are such reports, as in the
    /// year's table.
    /// </summary>
    public static RegisterStatistics Compose(OrgUnit unit, int year, IReadOnlyList<int> years, IReadOnlyCollection<OrgUnit> readable, IReadOnlyCollection<MatterMonthCount> counts, Func<string, bool> allowsRegister)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(readable);
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(allowsRegister);
        var byId = readable.ToDictionary(u => u.Id);
        var kept = counts.Where(c => c.Year == year || c.Year == year - 1).ToList();
        var kinds = Enum.GetValues<MatterKind>().Where(k => k != MatterKind.LexMaria || kept.Any(c => c.Kind == k && c.Count > 0)).ToList();

        Dictionary<MatterKind, int> PerKind(IEnumerable<MatterMonthCount> rows)
        {
            var list = rows.ToList();
            return kinds.ToDictionary(k => k, k => list.Where(c => c.Kind == k).Sum(c => c.Count));
        }

        var tertials = new List<StatisticsTertial>();
        foreach (var y in new[] { year - 1, year })
        {
            for (var t = 1; t <= 3; t++)
            {
                var inTertial = kept.Where(c => c.Year == y && Period.TertialOf(c.Month) == t).ToList();
                tertials.Add(new StatisticsTertial(y, t, PerKind(inTertial), PerKind(inTertial.Where(c => c.NotifiedToIvo))));
            }
        }

        // Each unit directly below takes the counts of everything under it; the unit's own matters get a row of their own.
        var children = readable.Where(u => u.ParentId == unit.Id).OrderBy(u => u.Name, StringComparer.Create(CultureInfo.CurrentCulture, false)).ToList();
        var thisYear = kept.Where(c => c.Year == year).ToList();
        var rows = new List<StatisticsUnitRow>();
        var own = thisYear.Where(c => c.UnitId == unit.Id).ToList();
        if (own.Count > 0)
        {
            rows.Add(new StatisticsUnitRow(unit.Id, string.Format(CultureInfo.CurrentCulture, Texts.RegisterStats_Own, unit.Name), true, false, PerKind(own)));
        }

        foreach (var child in children)
        {
            var under = thisYear.Where(c => byId.TryGetValue(c.UnitId, out var u) && u.Path.StartsWith(child.Path, StringComparison.Ordinal));
            rows.Add(new StatisticsUnitRow(child.Id, child.Name, false, allowsRegister(child.Path), PerKind(under)));
        }

        return new RegisterStatistics(unit, year, years, kinds, tertials, rows, allowsRegister(unit.Path));
    }

    /// <summary>Bars per tertial of both years, one per kind that has matters in them, each with its value written.</summary>
    public BarChart ToChart()
    {
        var shown = Kinds.Where(k => Tertials.Any(t => t.Counts[k] > 0)).ToList();
        var groups = Tertials.Select(t => TertialName(t.Year, t.Tertial)).ToList();
        var series = shown.Select(k => new BarSeries(EnumText.Of(k), [.. Tertials.Select(t => t.Counts[k])])).ToList();
        var description = string.Format(CultureInfo.CurrentCulture, Texts.RegisterStats_ChartDescription,
            Counted.Format(nameof(Texts.RegisterStats_YearCount), TotalOf(Year - 1), Year - 1), Counted.Format(nameof(Texts.RegisterStats_YearCount), TotalOf(Year), Year));
        return new BarChart(string.Format(CultureInfo.CurrentCulture, Texts.RegisterStats_ChartTitle, Year - 1, Year), description, groups, series);
    }

    public static string TertialName(int year, int tertial) => string.Format(CultureInfo.CurrentCulture, Texts.RegisterStats_TertialName, tertial, year);
}
