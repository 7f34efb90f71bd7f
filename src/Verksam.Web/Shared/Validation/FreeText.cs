using System.Globalization;
using Verksam.Web.Resources;

namespace Verksam.Web.Shared.Validation;

/// <summary>
/// The one limit for every free text a user writes in a text area — a report's or plan's section, a goal's texts, a
/// motivation, a comment, a matter's description — so that no field takes 20,000 characters silently while its
/// neighbour stops at 2,000. Names, titles and other one-line fields keep their own, shorter limits. The columns
/// behind free texts are unbounded text, so the limit is this rule alone and can change without a migration.
/// </summary>
public static class FreeText
{
    public const int MaxLength = 10_000;

    /// <summary>
    /// Adds an error on <paramref name="field"/> naming it by <paramref name="label"/> when <paramref name="text"/>
    /// (as stored: Unix line ends, trimmed) is longer than the limit. Returns whether the text was refused.
    /// </summary>
    public static bool Refuse(ValidationErrors errors, string field, string label, string? text)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var length = UserText.Normalise(text)?.Length ?? 0;
        if (length <= MaxLength)
        {
            return false;
        }

        errors.Add(field, TooLong(label, length));
        return true;
    }

    /// <summary>The refusal of a text of <paramref name="length"/> characters in the field named <paramref name="label"/>.</summary>
    public static string TooLong(string label, int length, int maxLength = MaxLength) => string.Format(
        CultureInfo.CurrentCulture,
        Texts.FreeText_TooLong,
        label,
        maxLength.ToString("N0", CultureInfo.CurrentCulture),
        length.ToString("N0", CultureInfo.CurrentCulture));
}
