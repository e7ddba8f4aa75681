using Azure.Monitor.OpenTelemetry.AspNetCore;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using StatusBot.Core.Chat;
using StatusBot.Core.Commitments;
using StatusBot.Hosting;
using StatusBot.Core.Telemetry;

namespace StatusBot.Telemetry;

/// <summary>OpenTelemetry traces and metrics: StatusBot's own, ASP.NET Core's and HttpClient's.</summary>
internal static class TelemetryHostingExtensions
{
    /// <summary>The service name when <c>OTEL_SERVICE_NAME</c> is not set.</summary>
    public const string DefaultServiceName = "statusbot";

    /// <summary>
    /// Collects spans (each inbound request, slip step, due wake-up, scheduler tick and outbound call) and metrics
    /// (<see cref="StatusBotMetrics"/>), and exports them over OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set
    /// (the standard <c>OTEL_*</c> settings apply) and to Azure Monitor when <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c>
    /// is set. With neither, nothing leaves the process and no span is recorded. Call last: it counts the events storage keeps and the messages the chat port sends.
    /// </summary>
    public static WebApplicationBuilder AddStatusBotTelemetry(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration;
        builder.Services.AddSingleton<StatusBotMetrics>();
        builder.Services.Decorate<ICommitmentStore>((inner, provider) => new MeteredCommitmentStore(inner, provider.GetRequiredService<StatusBotMetrics>()));
        builder.Services.Decorate<IChatPort>((inner, provider) => new MeteredChatPort(inner, provider.GetRequiredService<StatusBotMetrics>()));
        var otlp = !string.IsNullOrWhiteSpace(settings["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var azureMonitor = !string.IsNullOrWhiteSpace(settings["APPLICATIONINSIGHTS_CONNECTION_STRING"]);
        if (!otlp && !azureMonitor)
        {
            // Nothing would leave the process: no span is recorded at all, which spares each request the work. The meters still
            // count (for dotnet-counters or any other listener in the process).
            return builder;
        }

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(settings["OTEL_SERVICE_NAME"] is { Length: > 0 } name ? name : DefaultServiceName))
            .WithTracing(tracing => tracing
                .AddSource(StatusBotMetrics.Name, CoreTelemetry.Name)
                .AddAspNetCoreInstrumentation(options => options.Filter = context => !IsProbe(context.Request.Path))
                .AddHttpClientInstrumentation()
                .AddProcessor(new UrlScrubber()))
            .WithMetrics(metrics => metrics
                .AddMeter(StatusBotMetrics.Name)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation());
        if (otlp)
        {
            telemetry.UseOtlpExporter();
        }

        if (azureMonitor)
        {
            telemetry.UseAzureMonitor();
        }

        return builder;
    }

    /// <summary>Health probes arrive every few seconds and say nothing about the work: no spans for them.</summary>
    private static bool IsProbe(PathString path) => path.StartsWithSegments("/healthz") || path.StartsWithSegments("/readyz");
}
