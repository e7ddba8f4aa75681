using StatusBot.Core.Chat;

namespace StatusBot.Slack.Outbound;

/// <summary>
/// Slack's errors that will not pass by itself, each with what a person must do. Rate limits, server errors,
/// <c>internal_error</c>, <c>fatal_error</c>, <c>request_timeout</c> and network errors are not among them: the
/// transport retries those, and what still fails stays transient.
/// </summary>
internal static class SlackDeliveryProblems
{
    /// <summary>The permanent failure <paramref name="refused"/> means for <paramref name="recipient"/>; null when it may pass.</summary>
    public static ChatDeliveryException? Classify(SlackApiException refused, ChatAddress recipient)
    {
        var id = recipient.Id;
        var user = recipient.Kind == ChatAddressKind.User;
        var problem = refused.Error switch
        {
            "not_in_channel" => $"StatusBot is not in the channel {id}: invite @StatusBot to the channel {id} (/invite @StatusBot).",
            "channel_not_found" when user => NotAUser(id),
            "channel_not_found" => $"StatusBot cannot find the channel {id}: it was deleted, or it is private without StatusBot. "
                + $"Invite @StatusBot to it (/invite @StatusBot) or move its commitments to another channel.",
            "is_archived" => $"The channel {id} is archived: unarchive it, or move its commitments to another channel.",
            "user_not_found" => NotAUser(id),
            "account_inactive" or "user_disabled" when user => $"{id} is deactivated in Slack: hand their commitments over to someone else.",
            "cannot_dm_bot" => $"{id} is a bot, and StatusBot cannot message bots: give their commitments a person as owner.",
            _ => null,
        };
        if (problem is not null)
        {
            return ChatDeliveryException.Permanent(recipient, problem, refused.Error, DeliveryFailureKind.Recipient, refused);
        }

        // A bot token that no longer works fails for everyone in the workspace, whoever the message was for.
        return refused.Error is "invalid_auth" or "token_revoked" or "account_inactive"
            ? ChatDeliveryException.Permanent(
                recipient,
                $"StatusBot's access to the Slack workspace {recipient.Workspace.Id} was revoked ({refused.Error}): reinstall StatusBot there. "
                + "Nothing reaches anyone in that workspace until then.",
                refused.Error,
                DeliveryFailureKind.Workspace,
                refused)
            : null;
    }

    private static string NotAUser(string id) => $"{id} is not a user of this Slack workspace (any more): hand their commitments over to someone else.";
}
