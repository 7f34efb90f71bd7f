namespace Verksam.Web.Shared.Validation;

/// <summary>Free text as it is stored: Unix line ends, no surrounding blanks, and nothing at all rather than blanks.</summary>
public static class UserText
{
    public static string? Normalise(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
}
