using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StatusBot.Core.Chat;
using StatusBot.Core.People;
using StatusBot.Http.Outbound;
using StatusBot.Teams.Graph;
using StatusBot.Teams.Inbound;
using StatusBot.Teams.Outbound;

namespace StatusBot.Teams.Hosting;

/// <summary>Adds StatusBot's Teams adapter to a host.</summary>
public static class TeamsHostingExtensions
{
    /// <summary>
    /// Binds and validates <see cref="TeamsOptions"/> from the <c>Teams</c> section and <see cref="TeamsOutboundOptions"/>
    /// from <c>Teams:Outbound</c>; registers the inbound <see cref="BotFrameworkAuthenticator"/> (with its
    /// <see cref="BotSigningKeys"/>), the outbound <see cref="BotConnectorClient"/> (with <see cref="TeamsTokenClient"/> as
    /// the default <see cref="IConnectorTokenSource"/>, <see cref="ServiceUrlPolicy"/> and <see cref="TeamsConversationPacer"/>),
    /// an in-memory <see cref="ITeamsConversationStore"/> unless one is registered already, and <see cref="TeamsChatPort"/>
    /// as the <see cref="IChatPlatform"/> of Teams workspaces.
    /// </summary>
    public static IHostApplicationBuilder AddStatusBotTeams(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<TeamsOptions>().BindConfiguration(TeamsOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TeamsOptions>, TeamsOptionsValidator>();
        services.AddOptions<TeamsOutboundOptions>().BindConfiguration(TeamsOutboundOptions.Section)
            .Validate(o => o.TotalTimeout <= TeamsOutboundOptions.MaxTotalTimeout, "Teams:Outbound:TotalTimeout must be at most 5 minutes: a call's bearer token is only sure to last that long.")
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<TeamsOutboundOptions>>(new OutboundTransportOptionsValidator<TeamsOutboundOptions>(TeamsOutboundOptions.Section));
        services.TryAddSingleton(TimeProvider.System);

        // Inbound: the key cache is shared, so it is a singleton over a named client rather than a typed one.
        services.AddHttpClient(BotSigningKeys.HttpClientName);
        services.TryAddSingleton<BotSigningKeys>();
        services.TryAddSingleton<BotFrameworkAuthenticator>();
        services.TryAddSingleton<ITeamsConversationStore, InMemoryTeamsConversationStore>();

        // Outbound: the token cache is shared too; the playground may register its own token source first.
        services.AddHttpClient(TeamsTokenClient.HttpClientName);
        services.TryAddSingleton<TeamsTokenClient>();
        services.TryAddSingleton<IConnectorTokenSource>(provider => provider.GetRequiredService<TeamsTokenClient>());
        services.TryAddSingleton<ServiceUrlPolicy>();
        services.AddConnectorClient();
        services.TryAddSingleton<ITeamsReplies>(provider => provider.GetRequiredService<BotConnectorClient>());
        services.AddTeamsGraph();
        services.TryAddSingleton(provider => new TeamsPeople(
            provider.GetRequiredService<TimeProvider>(), provider.GetService<IPeopleDirectory>(), provider.GetService<ILogger<TeamsPeople>>(), GraphWhenOn(provider)));
        services.TryAddSingleton<TeamsActivityHandler>();
        services.TryAddSingleton(provider => new TeamsChatPort(
            provider.GetRequiredService<BotConnectorClient>(), provider.GetRequiredService<ITeamsConversationStore>(), provider.GetService<IPeopleDirectory>()));
        // Teams serves its workspaces always: it sends to the conversations saved when it was installed (the
        // playground's included), and refuses, as undeliverable, one it was never installed in.
        services.AddSingleton<IChatPlatform>(provider => provider.GetRequiredService<TeamsChatPort>());
        services.AddSingleton<IReachabilityCheck>(provider => new TeamsReachabilityCheck(
            provider.GetRequiredService<ITeamsConversationStore>(), provider.GetRequiredService<IOptions<TeamsOptions>>().Value,
            provider.GetRequiredService<ILogger<TeamsReachabilityCheck>>(), provider.GetService<IPeopleDirectory>()));

        return builder;
    }

    /// <summary>
    /// Binds and validates <see cref="TeamsGraphOptions"/> (<c>Teams:Graph</c>); when Graph is on, registers
    /// <see cref="TeamsGraphClient"/> on the shared outbound transport (Teams' retries and timeouts, no pacing: Graph
    /// answers 429 with <c>Retry-After</c>) and <see cref="GraphPeople"/>, which <see cref="TeamsPeople"/> reads when Graph is on.
    /// </summary>
    internal static IServiceCollection AddTeamsGraph(this IServiceCollection services)
    {
        services.AddOptions<TeamsGraphOptions>().BindConfiguration(TeamsGraphOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TeamsGraphOptions>, TeamsGraphOptionsValidator>();
        services.AddHttpClient<TeamsGraphClient>().AddOutboundTransport<TeamsOutboundOptions>(_ => new ConnectorTransientClassifier());
        services.TryAddSingleton<GraphPeople>();
        return services;
    }

    /// <summary>The Graph directory when <c>Teams:Graph</c> is on; null otherwise.</summary>
    private static GraphPeople? GraphWhenOn(IServiceProvider provider) =>
        provider.GetRequiredService<IOptions<TeamsGraphOptions>>().Value.IsOn(provider.GetRequiredService<IOptions<TeamsOptions>>().Value)
            ? provider.GetRequiredService<GraphPeople>()
            : null;

    /// <summary>
    /// <see cref="BotConnectorClient"/> on the shared outbound transport: retries by
    /// <see cref="ConnectorTransientClassifier"/>, each conversation paced by <see cref="TeamsConversationPacer"/>. Needs
    /// <see cref="TeamsOutboundOptions"/>, a <see cref="TimeProvider"/>, an <see cref="IConnectorTokenSource"/> and a
    /// <see cref="ServiceUrlPolicy"/>.
    /// </summary>
    internal static IServiceCollection AddConnectorClient(this IServiceCollection services)
    {
        services.TryAddSingleton<TeamsConversationPacer>();
        services.AddHttpClient<BotConnectorClient>()
            .AddOutboundTransport<TeamsOutboundOptions>(_ => new ConnectorTransientClassifier(), provider => provider.GetRequiredService<TeamsConversationPacer>());
        return services;
    }
}
