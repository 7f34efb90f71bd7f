using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Verksam.Web.Shared.Telemetry;

/// <summary>The Telemetry section: where traces and metrics go, and whether the log is JSON for a log collector.</summary>
public sealed class TelemetryOptions
{
    public const string SectionName = "Telemetry";

    /// <summary>An OpenTelemetry collector's OTLP/HTTP address (<c>http://collector:4318</c>); traces and metrics are sent there.</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary>Traces and metrics written to the console as well, to look at them without a collector.</summary>
    public bool Console { get; set; }

    /// <summary>One JSON object a log line, with the trace id that the error page shows as its reference.</summary>
    public bool JsonLogs { get; set; }

    public bool Exports => Console || !string.IsNullOrWhiteSpace(OtlpEndpoint);
}

/// <summary>
/// Traces of requests, their database statements and outgoing HTTP calls, and metrics of requests and the runtime, with
/// OpenTelemetry: only when an exporter is configured, so an installation without a collector pays nothing. A statement
/// is recorded with its parameters' names, never their values, and a request without its query string, so no personal
/// data, password or matter text reaches the collector.
/// </summary>
public static class TelemetrySetup
{
    public const string ServiceName = "Verksam";

    public static WebApplicationBuilder AddVerksamTelemetry(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = builder.Configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>() ?? new TelemetryOptions();
        builder.Logging.Configure(o => o.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);
        if (options.JsonLogs)
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddJsonConsole(o =>
            {
                o.IncludeScopes = true;
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            });
        }

        if (!options.Exports)
        {
            return builder;
        }

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(ServiceName))
            .WithTracing(t =>
            {
                t.AddAspNetCoreInstrumentation(o => o.Filter = context => !context.Request.Path.StartsWithSegments("/health"))
                    .AddHttpClientInstrumentation()
                    .AddEntityFrameworkCoreInstrumentation();
                if (options.Console)
                {
                    t.AddConsoleExporter();
                }
            })
            .WithMetrics(m =>
            {
                m.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddRuntimeInstrumentation();
                if (options.Console)
                {
                    m.AddConsoleExporter();
                }
            });
        if (!string.IsNullOrWhiteSpace(options.OtlpEndpoint))
        {
            telemetry.UseOtlpExporter(OtlpExportProtocol.HttpProtobuf, new Uri(options.OtlpEndpoint));
        }

        return builder;
    }
}
