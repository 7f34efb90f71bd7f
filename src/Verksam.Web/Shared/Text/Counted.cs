using System.Globalization;
using Verksam.Web.Resources;

namespace Verksam.Web.Shared.Text;

/// <summary>
/// A text with a count in Swedish number: the key's <c>_One</c> variant when the count is one ("1 aktivitet"), the
/// key itself otherwise ("3 aktiviteter"). The count is <c>{0}</c>; further values follow it.
/// </summary>
public static class Counted
{
    public static string Format(string key, int count, params object?[] rest)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(rest);
        var text = (count == 1 ? Texts.ResourceManager.GetString(key + "_One", CultureInfo.CurrentUICulture) : null)
            ?? Texts.ResourceManager.GetString(key, CultureInfo.CurrentUICulture)
            ?? throw new InvalidOperationException("No text " + key);
        return string.Format(CultureInfo.CurrentCulture, text, [count, .. rest]);
    }
}
