using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;
using Verksam.IntegrationTests.Infrastructure;

namespace Verksam.IntegrationTests.Operations;

/// <summary>
/// Traces reach an OpenTelemetry collector over OTLP/HTTP: a real HTTP server on loopback stands in for the collector
/// and keeps what it is sent, and the trace of a failed request carries the reference the error page showed the user.
/// </summary>
public abstract class TelemetryTests(AppFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task AFailedRequestsTrace_WithItsDatabaseStatements_ReachesTheCollector_UnderTheReferenceOnTheErrorPage()
    {
        var received = new ConcurrentBag<byte[]>();
        await using var collector = await CollectorAsync(received);
        var address = collector.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        await using var traced = Factory.WithWebHostBuilder(b => b.UseSetting("Telemetry:OtlpEndpoint", address));
        await Data.CreateUserAsync("ec.lss");
        var session = new WebSession(traced.CreateDefaultClient(new Uri("https://localhost"), new CookieContainerHandler()));
        await session.LoginAsync("ec.lss");

        var page = await session.GetAsync(VerksamAppFactory.ThrowPath);
        traced.Services.GetRequiredService<TracerProvider>().ForceFlush(10_000).ShouldBeTrue();

        page.Status.ShouldBe(HttpStatusCode.InternalServerError);
        var reference = page.Document.QuerySelector("code")!.TextContent;
        var traceId = Convert.FromHexString(reference);
        var exported = received.ToList();
        exported.ShouldNotBeEmpty("the collector was sent the traces");
        // The request's spans may reach the collector in more than one export, each span with the trace's id.
        var trace = exported.Where(body => body.AsSpan().IndexOf(traceId) >= 0).ToList();
        trace.ShouldNotBeEmpty("the trace of the failed request was exported");
        var text = string.Concat(trace.Select(body => Encoding.UTF8.GetString(body)));
        text.ShouldContain("Verksam", customMessage: "the service's name");
        text.ShouldContain(VerksamAppFactory.ThrowPath, customMessage: "the request's span");
        text.ShouldContain(Factory.Database.Provider == Verksam.Web.Data.DatabaseProvider.Sqlite ? "sqlite" : "postgresql", customMessage: "a span of the request's database statement");
        text.ShouldContain("SELECT", Case.Sensitive, "a statement's text, with its parameters' names");
        foreach (var value in new[] { "EC.LSS", "ec.lss", TestData.Password })
        {
            exported.ShouldAllBe(body => !Encoding.UTF8.GetString(body).Contains(value, StringComparison.Ordinal), $"no parameter's value leaves for the collector: {value}");
        }
    }

    /// <summary>An OTLP/HTTP endpoint on loopback that answers 200 and keeps the bodies posted to /v1/traces.</summary>
    private static async Task<WebApplication> CollectorAsync(ConcurrentBag<byte[]> received)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapPost("/v1/traces", async (HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            received.Add(body.ToArray());
            return Results.Ok();
        });
        app.MapPost("/v1/metrics", () => Results.Ok());
        await app.StartAsync();
        return app;
    }
}

public sealed class TelemetryTests_Sqlite(SqliteFixture fixture) : TelemetryTests(fixture), IClassFixture<SqliteFixture>;

public sealed class TelemetryTests_PostgreSql(PostgresFixture fixture) : TelemetryTests(fixture), IClassFixture<PostgresFixture>;
