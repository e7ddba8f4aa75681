using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StatusBot.Teams;
using StatusBot.Teams.Outbound;

namespace StatusBot.Playground;

/// <summary>Adds the local browser playground: Web Chat at <c>/</c>, a Direct Line endpoint, and the playground's Bot Connector.</summary>
public static class PlaygroundHostingExtensions
{
    /// <summary>
    /// Binds <see cref="PlaygroundOptions"/> and registers the playground's services: <see cref="PlaygroundConnectorSecret"/>, the conversations,
    /// and a stand-in <see cref="IPlaygroundBot"/> that says the bot is not connected (register your own
    /// <see cref="IPlaygroundBot"/> to replace it, before or after this call).
    /// </summary>
    public static WebApplicationBuilder AddStatusBotPlayground(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<PlaygroundOptions>().BindConfiguration(PlaygroundOptions.Section).ValidateOnStart();
        services.AddSingleton<PlaygroundConnectorSecret>();
        services.AddSingleton<PlaygroundTokens>();
        services.AddSingleton<PlaygroundConversationStore>();
        services.AddSingleton<PlaygroundConnector>();
        services.AddSingleton<PlaygroundBotQueue>();
        services.AddSingleton<PlaygroundAssets>();
        services.TryAddSingleton<IPlaygroundBot, PlaygroundTeamsBot>();
        // The bot reaches the playground like a Teams service: over HTTP to its connector, with its secret.
        services.AddSingleton<IConnectorTokenSource, PlaygroundConnectorTokens>();
        services.AddSingleton(provider => new ServiceUrlPolicy(provider.GetRequiredService<IOptions<TeamsOptions>>(),
            PlaygroundSwitch.Decide(provider.GetRequiredService<IOptions<PlaygroundOptions>>().Value, builder.Configuration).Enabled ? PlaygroundConnectorTokens.LocalHosts : []));
        services.AddHostedService<PlaygroundBotDispatcher>();
        return builder;
    }

    /// <summary>
    /// Maps the playground's routes when <see cref="PlaygroundOptions.Enabled"/> says so (by default: when
    /// the host listens on loopback only); otherwise maps nothing, and every playground path is a 404.
    /// </summary>
    public static WebApplication MapPlayground(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.Services.GetRequiredService<IOptions<PlaygroundOptions>>().Value;
        if (!PlaygroundSwitch.Decide(options, app.Configuration).Enabled)
        {
            return app; // The startup summary says why.
        }

        var playground = app.MapGroup(string.Empty).AddEndpointFilter(RequireLoopbackHostAsync);
        PlaygroundPageEndpoints.Map(playground);
        DirectLineEndpoints.Map(playground);
        ConnectorEndpoints.Map(playground);
        return app;
    }

    // A page on another site that rebinds its DNS name to 127.0.0.1 still sends its own Host header.
    private static async ValueTask<object?> RequireLoopbackHostAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        PlaygroundRequest.IsForLoopbackHost(context.HttpContext.Request)
            ? await next(context)
            : PlaygroundProblems.Forbidden("The playground answers at http://localhost only.");
}
