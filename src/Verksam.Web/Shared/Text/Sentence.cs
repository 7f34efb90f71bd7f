using System.Globalization;

namespace Verksam.Web.Shared.Text;

/// <summary>Texts strung together as sentences in a hint: each starts with a capital and ends with one full stop.</summary>
public static class Sentence
{
    /// <summary>"mäts ackumulerat 12 månader" → "Mäts ackumulerat 12 månader."; "…månadsvolymerna." stays as it is.</summary>
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var s = text.Trim();
        if (s.Length == 0)
        {
            return s;
        }

        s = char.ToUpper(s[0], CultureInfo.CurrentCulture) + s[1..];
        return s[^1] is '.' or '!' or '?' or ':' ? s : s + ".";
    }
}
