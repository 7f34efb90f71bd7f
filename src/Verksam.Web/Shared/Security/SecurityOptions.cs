namespace Verksam.Web.Shared.Security;

/// <summary>Section "Security".</summary>
public sealed class SecurityOptions
{
    public const string SectionName = "Security";

    /// <summary>Only for running on http://localhost during development and demos: cookies without the Secure flag, no HSTS.</summary>
    public bool AllowInsecureCookies { get; set; }
}
