using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StatusBot.Core.CheckIns;
using StatusBot.Core.Commitments;
using StatusBot.Core.Chat;
using StatusBot.Core.ChatActions;
using StatusBot.Core.Digests;
using StatusBot.Core.Slips;
using StatusBot.Core.Workspaces;
using StatusBot.Email;
using StatusBot.Hosting;
using StatusBot.Slack.Outbound;
using StatusBot.Teams.Outbound;

namespace StatusBot.Scheduling;

/// <summary>Adds the check-in scheduler to the host.</summary>
internal static class SchedulingHostingExtensions
{
    public static WebApplicationBuilder AddStatusBotScheduler(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SchedulerOptions>().BindConfiguration(SchedulerOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SchedulerOptions>, SchedulerOptionsValidator>();
        // IChatPort is the connected platform; email addresses go to the email port; everything the bot
        // sends goes through the sent-message log.
        services.TryAddSingleton<IChatPort, UnconnectedChatPort>();
        services.AddSingleton(provider => new LoggedChatPort(
            new RoutingChatPort(provider.GetRequiredService<IChatPort>(), provider.GetRequiredService<EmailChatPort>(), PlatformPorts(provider)),
            provider.GetRequiredService<ISentMessageLog>()));
        services.AddSingleton(provider => new SlipService(
            provider.GetRequiredService<ICommitmentStore>(),
            provider.GetRequiredService<ISlipStore>(),
            provider.GetRequiredService<IWakeUpSchedule>(),
            provider.GetRequiredService<LoggedChatPort>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ICheckInSettingsStore>()));
        services.AddSingleton(provider => new CheckInRunner(
            provider.GetRequiredService<ICommitmentStore>(),
            provider.GetRequiredService<IWakeUpSchedule>(),
            provider.GetRequiredService<LoggedChatPort>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ICheckInSettingsStore>(),
            provider.GetRequiredService<SlipService>(),
            provider.GetRequiredService<IWorkspaceConnections>()));
        services.AddSingleton<DigestScheduler>();
        services.AddSingleton<IDigestScheduler>(provider => provider.GetRequiredService<DigestScheduler>());
        services.AddSingleton<WorkspaceLifecycle>();
        services.AddSingleton(provider => new ChatActionHandler(
            provider.GetRequiredService<CommitmentService>(),
            provider.GetRequiredService<SlipService>(),
            provider.GetRequiredService<DigestService>(),
            provider.GetRequiredService<IDigestScheduler>(),
            provider.GetRequiredService<CheckInRunner>(),
            provider.GetRequiredService<LoggedChatPort>(),
            provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<SchedulerService>();
        services.AddHostedService(provider => provider.GetRequiredService<SchedulerService>());
        return builder;
    }

    /// <summary>Each platform's port by its workspaces' prefix: Teams always (it finds who installed it), Slack when it has a token.</summary>
    private static Dictionary<string, IChatPort> PlatformPorts(IServiceProvider provider)
    {
        var ports = new Dictionary<string, IChatPort>(StringComparer.Ordinal) { ["teams-"] = provider.GetRequiredService<TeamsChatPort>() };
        if (provider.GetService<SlackChatPort>() is { } slack)
        {
            ports["slack-"] = slack;
        }

        return ports;
    }
}

/// <summary>Refuses scheduler settings that cannot work, naming the key.</summary>
internal sealed class SchedulerOptionsValidator : IValidateOptions<SchedulerOptions>
{
    public ValidateOptionsResult Validate(string? name, SchedulerOptions options)
    {
        if (options.TickInterval < TimeSpan.FromSeconds(1) || options.TickInterval > TimeSpan.FromMinutes(10))
        {
            return ValidateOptionsResult.Fail($"Scheduler:TickInterval must be from 00:00:01 to 00:10:00, not {options.TickInterval}.");
        }

        return options.MaxPerTick is < 1 or > 10_000
            ? ValidateOptionsResult.Fail($"Scheduler:MaxPerTick must be from 1 to 10000, not {options.MaxPerTick}.")
            : ValidateOptionsResult.Success;
    }
}
