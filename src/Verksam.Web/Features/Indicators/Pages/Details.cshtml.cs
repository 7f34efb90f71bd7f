using System.Globalization;
using System.Text.Json;
using Verksam.Web.Shared.Auditing;
using Verksam.Web.Shared.Pages;

namespace Verksam.Web.Features.Indicators.Pages;

public sealed class DetailsModel(IndicatorService indicators) : VerksamPageModel
{
    private static readonly TimeZoneInfo Stockholm = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");
    private static readonly HashSet<string> Shown = ["Value", "Numerator", "Denominator", "SurveyCounts", "ValueMen", "ValueWomen", "Comment", "StartMonth", "EndMonth"];

    public IndicatorDetails Details { get; private set; } = null!;

    public async Task OnGetAsync(Guid id) => Details = await indicators.GetAsync(id);

    public string Local(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(utc, Stockholm).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The changed values of an outcome, named in Swedish: "Värde: 50 → 51".</summary>
    public string Changes(AuditEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var changes = JsonSerializer.Deserialize<Dictionary<string, Shared.Data.AuditChange>>(e.Changes) ?? [];
        var period = changes.TryGetValue("Year", out var y) && changes.TryGetValue("StartMonth", out var s) ? $"{s.After ?? s.Before}/{y.After ?? y.Before}: " : string.Empty;
        return period + string.Join("; ", changes.Where(c => Shown.Contains(c.Key) && c.Key is not ("StartMonth" or "EndMonth"))
            .Select(c => $"{Resources.Texts.ResourceManager.GetString("OutcomeField_" + c.Key, CultureInfo.CurrentUICulture) ?? c.Key}: {Swedish(c.Value.Before)} → {Swedish(c.Value.After)}"));
    }

    /// <summary>The log keeps numbers with a decimal point; people read them with a comma.</summary>
    private static string Swedish(string? text) =>
        text is null ? "–" : decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) ? d.ToString("0.####", CultureInfo.GetCultureInfo("sv-SE")) : text;
}
