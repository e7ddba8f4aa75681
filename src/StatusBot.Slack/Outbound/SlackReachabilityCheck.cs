using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StatusBot.Core.Chat;

namespace StatusBot.Slack.Outbound;

/// <summary>
/// Core's reachability check on Slack: a user through <c>users.info</c> (no such user, deactivated, a bot), a channel
/// through <c>conversations.info</c> (no such channel, archived, StatusBot not in it). A customer destination given as a
/// user id is checked as a user. Anything Slack cannot answer within the check's timeout (rate limits, server errors,
/// a missing scope) is logged and answered <see cref="Reachability.Unknown"/>: a check never holds up what a user does.
/// </summary>
public sealed class SlackReachabilityCheck(SlackApiClient api, ILogger<SlackReachabilityCheck> logger, IOptions<SlackOutboundOptions>? options = null)
    : IReachabilityCheck
{
    /// <summary>The longest a check waits for Slack (<see cref="SlackOutboundOptions.ReachCheckTimeout"/>).</summary>
    private TimeSpan Timeout => options?.Value.ReachCheckTimeout ?? new SlackOutboundOptions().ReachCheckTimeout;

    /// <inheritdoc />
    public bool Serves(ChatAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return address.Kind != ChatAddressKind.Email && address.Workspace.Platform == ChatPlatform.Slack;
    }

    /// <inheritdoc />
    public async Task<Reachability> CheckAsync(ChatAddress address, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(address);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            return IsUser(address) ? await UserAsync(address, timeout.Token) : await ChannelAsync(address, timeout.Token);
        }
        catch (SlackApiException ex) when (ex.Error is not ("user_not_found" or "channel_not_found"))
        {
            Log.ReachUnknown(logger, address.Id, address.Workspace.Id, ex.Error);
            return Reachability.Unknown;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Log.ReachUnknown(logger, address.Id, address.Workspace.Id, "timeout");
            return Reachability.Unknown;
        }
    }

    /// <summary>User ids start with U (or W on Enterprise Grid); a destination may be one as well as a channel.</summary>
    private static bool IsUser(ChatAddress address) => address.Kind == ChatAddressKind.User || address.Id is ['U' or 'W', ..];

    private async Task<Reachability> UserAsync(ChatAddress address, CancellationToken cancellationToken)
    {
        SlackUserInfo user;
        try
        {
            user = await api.UsersInfoAsync(address.Workspace.Id, address.Id, cancellationToken);
        }
        catch (SlackApiException ex) when (ex.Error == "user_not_found")
        {
            return Reachability.Missing($"There is no user {address.Id} in this Slack workspace: pick the person from the list.", ex.Error);
        }

        var who = $"{user.RealName ?? user.Name} ({user.Id})";
        return user switch
        {
            { IsDeleted: true } => Reachability.Unreachable($"{who} is deactivated in Slack: pick someone who is still here.", "account_inactive"),
            { IsBot: true } => Reachability.Unreachable($"{who} is a bot, and StatusBot cannot message bots: pick a person.", "cannot_dm_bot"),
            _ => Reachability.Reachable,
        };
    }

    private async Task<Reachability> ChannelAsync(ChatAddress address, CancellationToken cancellationToken)
    {
        SlackChannelInfo channel;
        try
        {
            channel = await api.ConversationsInfoAsync(address.Workspace.Id, address.Id, cancellationToken);
        }
        catch (SlackApiException ex) when (ex.Error == "channel_not_found")
        {
            return Reachability.Missing(
                $"StatusBot cannot find the channel {address.Id}: check it, or if it is private, invite @StatusBot to it first (/invite @StatusBot).", ex.Error);
        }

        var name = channel.Name is { Length: > 0 } n ? "#" + n : channel.Id;
        return channel switch
        {
            { IsArchived: true } => Reachability.Unreachable($"{name} is archived: unarchive it, or pick another channel.", "is_archived"),
            { HasBot: false } => Reachability.Unreachable($"StatusBot is not in {name}: invite @StatusBot to {name} (/invite @StatusBot).", "not_in_channel"),
            _ => Reachability.Reachable,
        };
    }
}
