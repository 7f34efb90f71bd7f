namespace Verksam.Web.Shared.Security;

/// <summary>Section "Security".</summary>
public sealed class SecurityOptions
{
    public const string SectionName = "Security";

    /// <summary>Only for running on http://localhost during development and demos: cookies without the Secure flag, no HSTS.</summary>
    public bool AllowInsecureCookies { get; set; }

    /// <summary>How long a browser is told to use only HTTPS for this site (Strict-Transport-Security max-age).</summary>
    public int HstsMaxAgeDays { get; set; } = 365;

    /// <summary>Whether HSTS also covers every subdomain of the site's host.</summary>
    public bool HstsIncludeSubDomains { get; set; } = true;

    public SessionOptions Sessions { get; set; } = new();

    public LoginLimitOptions Login { get; set; } = new();
}

/// <summary>Section "Security:Sessions": how long a login lasts.</summary>
public sealed class SessionOptions
{
    /// <summary>A session not used for this long has ended.</summary>
    public int IdleTimeoutMinutes { get; set; } = 30;

    /// <summary>A session ends this long after the login, however much it is used.</summary>
    public int AbsoluteLifetimeHours { get; set; } = 12;
}

/// <summary>Section "Security:Login": how many attempts to log in are answered before the client must wait.</summary>
public sealed class LoginLimitOptions
{
    /// <summary>Login attempts one client address may make per minute, whatever the user names (429 beyond it).</summary>
    public int PerClientAddressPerMinute { get; set; } = 30;

    /// <summary>Login attempts for one user name per minute, from every address together (429 beyond it).</summary>
    public int PerUserNamePerMinute { get; set; } = 10;

    /// <summary>Failed attempts for one user name from one client address before that pair must wait.</summary>
    public int FailuresBeforeWait { get; set; } = 5;

    /// <summary>The first wait; every further failure doubles it, up to <see cref="MaxWaitMinutes"/>.</summary>
    public int FirstWaitSeconds { get; set; } = 60;

    public int MaxWaitMinutes { get; set; } = 15;
}

/// <summary>
/// Section "ReverseProxy": the proxies whose X-Forwarded-For and X-Forwarded-Proto headers are believed. Headers from
/// any other sender are ignored, so a client cannot pretend to come from elsewhere or over HTTPS.
/// </summary>
public sealed class ReverseProxyOptions
{
    public const string SectionName = "ReverseProxy";

    /// <summary>Addresses of the proxies in front of Verksam; by default a proxy on the same machine.</summary>
    public IList<string> TrustedProxies { get; } = [];

    /// <summary>Networks in CIDR notation (10.0.0.0/24) whose every address is a trusted proxy.</summary>
    public IList<string> TrustedNetworks { get; } = [];

    /// <summary>How many proxies in a row may add to X-Forwarded-For.</summary>
    public int ForwardLimit { get; set; } = 1;
}
