using System.Security.Cryptography;
using System.Text;

namespace Verksam.Web.Data;

/// <summary>
/// A short fingerprint of a set of links that have no version of their own (a goal's indicators and weights, a
/// process's indicators). A form carries it, so a save based on a set someone else has changed meanwhile is refused.
/// </summary>
public static class SetStamp
{
    public static string Of(IEnumerable<string> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        var text = string.Join(';', members.Order(StringComparer.Ordinal));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
    }
}
