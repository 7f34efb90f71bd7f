using System.Globalization;

namespace Verksam.Web.Features.Goals;

/// <summary>Orders "1.3.2" before "1.10" and "1.3.2.1" after "1.3.2".</summary>
public sealed class GoalNumberComparer : IComparer<string?>
{
    public static readonly GoalNumberComparer Instance = new();

    public int Compare(string? x, string? y)
    {
        var a = (x ?? string.Empty).Split('.', StringSplitOptions.RemoveEmptyEntries);
        var b = (y ?? string.Empty).Split('.', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            var c = int.Parse(a[i], CultureInfo.InvariantCulture).CompareTo(int.Parse(b[i], CultureInfo.InvariantCulture));
            if (c != 0)
            {
                return c;
            }
        }

        return a.Length.CompareTo(b.Length);
    }
}
