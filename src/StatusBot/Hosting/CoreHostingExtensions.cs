using Microsoft.Extensions.DependencyInjection.Extensions;
using StatusBot.Core.Chat;
using StatusBot.Core.ChatActions;
using StatusBot.Core.CheckIns;
using StatusBot.Core.Commitments;
using StatusBot.Core.Digests;
using StatusBot.Core.DueWork;
using StatusBot.Core.Insights;
using StatusBot.Core.Slips;
using StatusBot.Core.Workspaces;

namespace StatusBot.Hosting;

/// <summary>Core's use cases, over the ports that storage and the chat platforms provide.</summary>
internal static class CoreHostingExtensions
{
    /// <summary>
    /// Registers Core's services. They send through one <see cref="IChatPort"/>: a <see cref="LoggedChatPort"/>
    /// (each message once) over a <see cref="RoutingChatPort"/> across every registered <see cref="IChatPlatform"/>.
    /// Storage provides the stores and the sent-message log; the host provides <see cref="IDigestScheduler"/>.
    /// </summary>
    public static IServiceCollection AddStatusBotCore(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IChatPort>(provider => new LoggedChatPort(
            new RoutingChatPort(provider.GetServices<IChatPlatform>()), provider.GetRequiredService<ISentMessageLog>()));
        services.AddSingleton<CheckInPlanning>();
        services.AddSingleton<ICommitmentPlanner>(provider => provider.GetRequiredService<CheckInPlanning>());
        // Each platform's check answers for its own workspaces; the first that serves an address answers for it.
        services.AddSingleton(provider => new CommitmentReachCheck(new RoutingReachabilityCheck(provider.GetServices<IReachabilityCheck>())));
        services.AddSingleton<CommitmentService>();
        services.AddSingleton<CheckInRunner>();
        services.AddSingleton<SlipService>();
        services.AddSingleton<DigestService>();
        services.AddSingleton<InsightService>();
        services.AddSingleton<ReachReporter>();
        services.AddSingleton<DueWorkRunner>();
        services.AddSingleton<WorkspaceLifecycle>();
        services.AddSingleton<ChatActionHandler>();
        return services;
    }
}
