using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using StatusBot.Admin;
using StatusBot.Core.Commitments;
using StatusBot.Core.Digests;
using StatusBot.Email;
using StatusBot.Installations;
using StatusBot.Conversations;
using StatusBot.Playground;
using StatusBot.Slack.Installations;
using StatusBot.Teams.Inbound;

namespace StatusBot.Hosting;

/// <summary>The host's own services and endpoints.</summary>
internal static class HostHostingExtensions
{
    /// <summary>The tag of health checks that must pass before the host takes traffic.</summary>
    public const string ReadyTag = "ready";

    /// <summary>Binds and validates the host's own options sections and adds health checks.</summary>
    public static WebApplicationBuilder AddStatusBotHost(this WebApplicationBuilder builder)
    {
        builder.UseStatusBotDefaultAddress();
        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddStatusBotCore();
        services.AddSingleton<ITeamsConversationStore, TableTeamsConversationStore>();
        services.AddSingleton<ISlackInstallationStore, TableSlackInstallationStore>();
        services.AddSingleton<ISlackOAuthStateStore, TableSlackOAuthStateStore>();
        services.AddOptions<AdminOptions>().BindConfiguration(AdminOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AdminOptions>, AdminOptionsValidator>();
        services.AddOptions<PlaygroundOptions>().BindConfiguration(PlaygroundOptions.Section).ValidateOnStart();
        services.AddProblemDetails();
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
