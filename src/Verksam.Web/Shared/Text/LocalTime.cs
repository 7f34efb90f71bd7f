using System.Globalization;

namespace Verksam.Web.Shared.Text;

/// <summary>
/// Instants as Swedish users read them: Stockholm time ("2023-10-09 10:00"), whatever time zone the server runs in.
/// Every page that shows when something happened writes it through here, so one instant reads the same everywhere.
/// </summary>
public static class LocalTime
{
    private static readonly TimeZoneInfo Stockholm = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    /// <summary>The instant in Europe/Stockholm. A time without a kind is taken as UTC, as the database stores it.</summary>
    public static DateTime ToStockholm(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(utc.Kind == DateTimeKind.Local ? utc.ToUniversalTime() : DateTime.SpecifyKind(utc, DateTimeKind.Utc), Stockholm);

    /// <summary>Today's date in Europe/Stockholm.</summary>
    public static DateOnly Today(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return DateOnly.FromDateTime(ToStockholm(time.GetUtcNow().UtcDateTime));
    }

    /// <summary>"2023-10-09 10:00", or with <paramref name="seconds"/> "2023-10-09 10:00:05", in Stockholm time.</summary>
    public static string Format(DateTime utc, bool seconds = false) =>
        ToStockholm(utc).ToString(seconds ? "yyyy-MM-dd HH:mm:ss" : "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
