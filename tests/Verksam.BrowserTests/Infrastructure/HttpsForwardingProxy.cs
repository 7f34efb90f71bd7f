using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Verksam.BrowserTests.Infrastructure;

/// <summary>
/// An HTTPS reverse proxy on loopback, as a municipality puts nginx in front of Verksam: it ends TLS (a self-signed
/// certificate made for the run), passes each request on over plain HTTP with its Host header, and adds
/// X-Forwarded-For and X-Forwarded-Proto.
/// </summary>
public sealed class HttpsForwardingProxy : IAsyncDisposable
{
    private static readonly HashSet<string> HopByHop = new(StringComparer.OrdinalIgnoreCase)
    {
        "Connection", "Keep-Alive", "Transfer-Encoding", "Upgrade", "Proxy-Connection", "TE", "Trailer", "Host",
    };

    private readonly WebApplication _app;
    private readonly HttpClient _backend;

    private HttpsForwardingProxy(WebApplication app, HttpClient backend, string baseUrl)
    {
        _app = app;
        _backend = backend;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public static async Task<HttpsForwardingProxy> StartAsync(string backendUrl)
    {
        var port = VerksamProcess.FreePort();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        var certificate = SelfSigned();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port, listen =>
        {
            listen.Protocols = Microsoft.AspNetCore.Server.Kestrel.Core.HttpProtocols.Http1;
            listen.UseHttps(certificate);
        }));
        var app = builder.Build();
        var backend = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = new Uri(backendUrl) };
        app.Run(context => ForwardAsync(context, backend));
        await app.StartAsync();
        return new HttpsForwardingProxy(app, backend, $"https://127.0.0.1:{port}");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _backend.Dispose();
    }

    private static async Task ForwardAsync(HttpContext context, HttpClient backend)
    {
        using var request = new HttpRequestMessage(new HttpMethod(context.Request.Method), context.Request.Path + context.Request.QueryString);
        if (context.Request.ContentLength > 0 || context.Request.Headers.TransferEncoding.Count > 0)
        {
            request.Content = new StreamContent(context.Request.Body);
        }

        foreach (var (name, values) in context.Request.Headers)
        {
            if (HopByHop.Contains(name) || name.StartsWith("X-Forwarded-", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (!request.Headers.TryAddWithoutValidation(name, values.ToArray()))
            {
                request.Content?.Headers.TryAddWithoutValidation(name, values.ToArray());
            }
        }

        request.Headers.Host = context.Request.Host.Value;
        request.Headers.Add("X-Forwarded-For", context.Connection.RemoteIpAddress!.ToString());
        request.Headers.Add("X-Forwarded-Proto", "https");
        using var response = await backend.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, context.RequestAborted);
        context.Response.StatusCode = (int)response.StatusCode;
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
        {
            if (!HopByHop.Contains(name))
            {
                context.Response.Headers[name] = values.ToArray();
            }
        }

        await response.Content.CopyToAsync(context.Response.Body, context.RequestAborted);
    }

    private static X509Certificate2 SelfSigned()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null);
    }
}
