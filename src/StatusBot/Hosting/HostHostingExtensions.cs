using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using StatusBot.Installations;
using StatusBot.Conversations;
using StatusBot.Slack.Installations;
using StatusBot.Teams.Inbound;

namespace StatusBot.Hosting;

/// <summary>The host's own services and endpoints.</summary>
internal static class HostHostingExtensions
{
    /// <summary>The tag of health checks that must pass before the host takes traffic.</summary>
    public const string ReadyTag = "ready";

    /// <summary>
    /// The host's own services: the clock, the default address, the tables behind the Teams conversation and
    /// Slack installation ports, and problem details for errors (503 with Retry-After when storage does not answer).
    /// </summary>
    public static WebApplicationBuilder AddStatusBotHost(this WebApplicationBuilder builder)
    {
        builder.UseStatusBotDefaultAddress();
        builder.UseStatusBotDefaultSettings();
        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ITeamsConversationStore>(provider =>
            new CachedTeamsConversationStore(ActivatorUtilities.CreateInstance<TableTeamsConversationStore>(provider), provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<ISlackInstallationStore, TableSlackInstallationStore>();
        services.AddSingleton<ISlackOAuthStateStore, TableSlackOAuthStateStore>();
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemExceptionHandler>();
        return builder;
    }

    /// <summary><c>/healthz</c>: the process is alive. <c>/readyz</c>: every ready check (storage) passes, else 503.</summary>
    public static WebApplication MapHealthEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        return app;
    }
}
