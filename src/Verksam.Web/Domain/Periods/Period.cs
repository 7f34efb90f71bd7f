using System.Globalization;
using System.Text.RegularExpressions;

namespace Verksam.Web.Domain.Periods;

public enum PeriodKind
{
    Month = 1,
    Tertial = 2,
    Year = 3,

    /// <summary>A run of months that is neither a month, a tertial nor the year, e.g. "Juli-sept".</summary>
    Span = 4,
}

/// <summary>
/// A period of one year: a month, a tertial (T1 Jan–Apr, T2 May–Aug, T3 Sep–Dec), the whole year (VB), or a span of
/// months. Stored as year, kind and first and last month; named as the seeds name them.
/// </summary>
public readonly partial record struct Period
{
    /// <summary>Month names as the seeds write them.</summary>
    public static readonly IReadOnlyList<string> MonthNames = ["Jan", "Feb", "Mars", "April", "Maj", "Juni", "Juli", "Aug", "Sep", "Okt", "Nov", "Dec"];

    /// <summary>A month's full Swedish name in running text: "januari".</summary>
    public static string MonthName(int month) => CultureInfo.GetCultureInfo("sv-SE").DateTimeFormat.GetMonthName(month);

    private Period(int year, PeriodKind kind, int startMonth, int endMonth)
    {
        if (year is < 2000 or > 2100)
        {
            throw new ArgumentOutOfRangeException(nameof(year));
        }

        if (startMonth is < 1 or > 12 || endMonth is < 1 or > 12 || endMonth < startMonth)
        {
            throw new ArgumentOutOfRangeException(nameof(startMonth));
        }

        Year = year;
        Kind = kind;
        StartMonth = startMonth;
        EndMonth = endMonth;
    }

    public int Year { get; }

    public PeriodKind Kind { get; }

    public int StartMonth { get; }

    public int EndMonth { get; }

    public static Period Month(int year, int month) => new(year, PeriodKind.Month, month, month);

    public static Period Tertial(int year, int tertial) =>
        tertial is >= 1 and <= 3 ? new(year, PeriodKind.Tertial, (tertial * 4) - 3, tertial * 4) : throw new ArgumentOutOfRangeException(nameof(tertial));

    public static Period WholeYear(int year) => new(year, PeriodKind.Year, 1, 12);

    /// <summary>A run of months; a run that is a month, a tertial or the year becomes that.</summary>
    public static Period Span(int year, int startMonth, int endMonth)
    {
        if (startMonth == endMonth)
        {
            return Month(year, startMonth);
        }

        if (startMonth == 1 && endMonth == 12)
        {
            return WholeYear(year);
        }

        if (endMonth - startMonth == 3 && startMonth % 4 == 1)
        {
            return Tertial(year, (startMonth + 3) / 4);
        }

        return new(year, PeriodKind.Span, startMonth, endMonth);
    }

    /// <summary>Rebuilds a period from its stored columns.</summary>
    public static Period FromStored(int year, PeriodKind kind, int startMonth, int endMonth) => new(year, kind, startMonth, endMonth);

    public int? TertialNumber => Kind == PeriodKind.Tertial ? (EndMonth / 4) : null;

    /// <summary>The tertial a month falls in: 1 for Jan–Apr, 2 for May–Aug, 3 for Sep–Dec.</summary>
    public static int TertialOf(int month) => ((month - 1) / 4) + 1;

    public bool Contains(Period other) => other.Year == Year && other.StartMonth >= StartMonth && other.EndMonth <= EndMonth;

    /// <summary>The period before this one of the same kind and length (the previous month, tertial or year).</summary>
    public Period Previous() => Kind switch
    {
        PeriodKind.Month => StartMonth == 1 ? Month(Year - 1, 12) : Month(Year, StartMonth - 1),
        PeriodKind.Tertial => TertialNumber == 1 ? Tertial(Year - 1, 3) : Tertial(Year, TertialNumber!.Value - 1),
        PeriodKind.Year => WholeYear(Year - 1),
        _ => StartMonth - (EndMonth - StartMonth + 1) >= 1
            ? Span(Year, StartMonth - (EndMonth - StartMonth + 1), StartMonth - 1)
            : Span(Year - 1, 12 - (EndMonth - StartMonth), 12),
    };

    /// <summary>The name the seeds use: "Sep", "T1", "VB", "Juli-Sep".</summary>
    public string ShortName => Kind switch
    {
        PeriodKind.Month => MonthNames[StartMonth - 1],
        PeriodKind.Tertial => "T" + TertialNumber,
        PeriodKind.Year => "VB",
        _ => MonthNames[StartMonth - 1] + "-" + MonthNames[EndMonth - 1],
    };

    /// <summary>The name with its year, for headings: "Sep 2023", "T1 2023", "VB 2023".</summary>
    public string Name => ShortName + " " + Year.ToString(CultureInfo.InvariantCulture);

    /// <summary>The code used in files and URLs: 2023-09, 2023-T1, 2023-VB, 2023-07..09.</summary>
    public string Code => Kind switch
    {
        PeriodKind.Month => $"{Year:D4}-{StartMonth:D2}",
        PeriodKind.Tertial => $"{Year:D4}-T{TertialNumber}",
        PeriodKind.Year => $"{Year:D4}-VB",
        _ => $"{Year:D4}-{StartMonth:D2}..{EndMonth:D2}",
    };

    public override string ToString() => Code;

    /// <summary>Reads a period code (2023-09, 2023-T1, 2023-VB, 2023-07..09) or a seed-style name ("Sep 2023", "T1 2023").</summary>
    public static bool TryParse(string? text, out Period period)
    {
        period = default;
        var s = text?.Trim() ?? string.Empty;
        var code = CodePattern().Match(s);
        if (code.Success)
        {
            var year = int.Parse(code.Groups["year"].Value, CultureInfo.InvariantCulture);
            if (year is < 2000 or > 2100)
            {
                return false;
            }

            if (code.Groups["t"].Success)
            {
                period = Tertial(year, code.Groups["t"].Value[0] - '0');
                return true;
            }

            if (code.Groups["vb"].Success)
            {
                period = WholeYear(year);
                return true;
            }

            var start = int.Parse(code.Groups["m"].Value, CultureInfo.InvariantCulture);
            var end = code.Groups["m2"].Success ? int.Parse(code.Groups["m2"].Value, CultureInfo.InvariantCulture) : start;
            if (start is < 1 or > 12 || end < start || end > 12)
            {
                return false;
            }

            period = Span(year, start, end);
            return true;
        }

        var named = NamePattern().Match(s);
        if (named.Success)
        {
            var year = int.Parse(named.Groups["year"].Value, CultureInfo.InvariantCulture);
            if (year is < 2000 or > 2100)
            {
                return false;
            }

            var name = named.Groups["name"].Value;
            if (name.Length == 2 && (name[0] is 'T' or 't') && name[1] is >= '1' and <= '3')
            {
                period = Tertial(year, name[1] - '0');
                return true;
            }

            if (name.Equals("VB", StringComparison.OrdinalIgnoreCase) || name.Equals("År", StringComparison.OrdinalIgnoreCase))
            {
                period = WholeYear(year);
                return true;
            }

            if (MonthFromName(name) is { } month)
            {
                period = Month(year, month);
                return true;
            }
        }

        return false;
    }

    /// <summary>The month a Swedish name or abbreviation means ("sep", "sept", "september", "Mars").</summary>
    public static int? MonthFromName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var n = name.Trim().TrimEnd('.').ToLowerInvariant();
        string[] full = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];
        for (var i = 0; i < 12; i++)
        {
            if (n.Length >= 3 && full[i].StartsWith(n, StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^(?<year>\d{4})-(?:T(?<t>[1-3])|(?<vb>VB)|(?<m>\d{1,2})(?:\.\.(?<m2>\d{1,2}))?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"^(?<name>[A-Za-zÅÄÖåäö0-9]+)\.?\s+(?<year>\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
