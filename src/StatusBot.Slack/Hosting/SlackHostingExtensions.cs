using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StatusBot.Core.Chat;
using StatusBot.Http.Outbound;
using StatusBot.Slack.Inbound;
using StatusBot.Slack.Installations;
using StatusBot.Slack.Outbound;

using StatusBot.Slack;

namespace StatusBot.Slack.Hosting;

/// <summary>Adds StatusBot's Slack adapter to a host.</summary>
public static class SlackHostingExtensions
{
    /// <summary>
    /// Binds and validates <see cref="SlackOptions"/> from the <c>Slack</c> section and
    /// <see cref="SlackOutboundOptions"/> from <c>Slack:Outbound</c>, and registers <see cref="SlackApiClient"/>;
    /// with <c>Slack:BotToken</c> (one workspace) or <c>Slack:ClientId</c> and <c>Slack:ClientSecret</c> (OAuth installs)
    /// set, Slack becomes the chat platform (<see cref="SlackChatPort"/>). The host provides
    /// <see cref="ISlackInstallationStore"/>, <see cref="ISlackOAuthStateStore"/> and Core's <c>WorkspaceLifecycle</c>.
    /// </summary>
    public static IHostApplicationBuilder AddStatusBotSlack(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<SlackOptions>().BindConfiguration(SlackOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<SlackOptions>, SlackOptionsValidator>();
        builder.Services.AddOptions<SlackOutboundOptions>().BindConfiguration(SlackOutboundOptions.Section)
            .Validate(o => o.PostMessageInterval > TimeSpan.Zero && o.PostMessageBurst >= 1, "Slack:Outbound:PostMessageInterval must be positive and Slack:Outbound:PostMessageBurst at least 1.")
            .Validate(o => o.ReachCheckTimeout > TimeSpan.Zero && o.ReachCheckTimeout <= SlackOutboundOptions.MaxReachCheckTimeout, "Slack:Outbound:ReachCheckTimeout must be positive and at most 2.5 s (00:00:02.5), so a form is still answered within Slack's 3 seconds.")
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<SlackOutboundOptions>>(new OutboundTransportOptionsValidator<SlackOutboundOptions>(SlackOutboundOptions.Section));
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSlackApiClients();
        var multiWorkspace = !string.IsNullOrWhiteSpace(builder.Configuration["Slack:ClientId"]);
        if (multiWorkspace)
        {
            builder.Services.TryAddSingleton<InstalledSlackTokens>();
            builder.Services.TryAddSingleton<ISlackTokenSource>(services => services.GetRequiredService<InstalledSlackTokens>());
        }
        else
        {
            builder.Services.TryAddSingleton<ISlackTokenSource, ConfiguredSlackToken>();
        }

        builder.Services.TryAddSingleton<SlackWorkspaces>();
        builder.Services.TryAddSingleton<SlackInstallHandler>();

        builder.Services.TryAddSingleton<SlackRequestVerifier>();
        builder.Services.TryAddSingleton<SlackActors>();
        builder.Services.TryAddSingleton<SlackHomeTab>();
        builder.Services.TryAddSingleton<SlackCommandsHandler>();
        builder.Services.TryAddSingleton<SlackInteractionsHandler>();
        builder.Services.TryAddSingleton<SlackEventsHandler>();

        // With a bot token or OAuth installs, Slack is the chat platform messages go out on.
        if (multiWorkspace || !string.IsNullOrWhiteSpace(builder.Configuration["Slack:BotToken"]))
        {
            builder.Services.TryAddSingleton<SlackDmChannels>();
            builder.Services.AddSingleton(services => new SlackChatPort(
                services.GetRequiredService<SlackApiClient>(), services.GetRequiredService<SlackDmChannels>(), services.GetRequiredService<ILogger<SlackChatPort>>()));
            builder.Services.AddSingleton<IChatPlatform>(services => services.GetRequiredService<SlackChatPort>());
            builder.Services.AddSingleton<IReachabilityCheck, SlackReachabilityCheck>();
        }

        return builder;
    }

    /// <summary>
    /// The Web API clients: <see cref="SlackApiClient"/> on the shared outbound transport (retries by
    /// <see cref="SlackTransientClassifier"/>, chat.postMessage paced per channel by <see cref="SlackChannelPacer"/>) and
    /// <see cref="SlackOAuthClient"/> (one attempt: a code is good once). Needs <see cref="SlackOptions"/>,
    /// <see cref="SlackOutboundOptions"/>, a <see cref="TimeProvider"/> and an <see cref="ISlackTokenSource"/>.
    /// </summary>
    internal static IServiceCollection AddSlackApiClients(this IServiceCollection services)
    {
        services.TryAddSingleton<SlackChannelPacer>();
        AddApiClient<SlackApiClient>(services)
            .AddOutboundTransport<SlackOutboundOptions>(_ => new SlackTransientClassifier(), provider => provider.GetRequiredService<SlackChannelPacer>());
        AddApiClient<SlackOAuthClient>(services);
        return services;
    }

    /// <summary>
    /// A typed client on <c>Slack:ApiBaseUrl</c>. Both live inside singletons (the chat port, the token source), so the
    /// handler is kept for good and its pooled connections are renewed instead, which keeps DNS changes seen.
    /// </summary>
    private static IHttpClientBuilder AddApiClient<TClient>(IServiceCollection services)
        where TClient : class =>
        services.AddHttpClient<TClient>((provider, http) =>
            {
                // Relative method names resolve under the base only when it ends in a slash.
                var api = provider.GetRequiredService<IOptions<SlackOptions>>().Value.ApiBaseUrl.ToString();
                http.BaseAddress = new Uri(api.EndsWith('/') ? api : api + "/");
            })
            .UseSocketsHttpHandler((handler, _) => handler.PooledConnectionLifetime = TimeSpan.FromMinutes(5))
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
}
