using System.Globalization;
using Verksam.Web.Resources;

namespace Verksam.Web.Shared.Validation;

/// <summary>A date typed into a form as yyyy-MM-dd, the way every date field in Verksam is written.</summary>
public static class DateInput
{
    /// <summary>The date, none for an empty field, or an error on <paramref name="field"/> naming it by its <paramref name="label"/> and quoting what was typed.</summary>
    public static DateOnly? Parse(string? text, string field, string label, ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(field, string.Format(CultureInfo.CurrentCulture, Texts.Date_Invalid, label, text.Trim()));
        return null;
    }
}
