using StatusBot.Core.Chat;

namespace StatusBot.Teams.Outbound;

/// <summary>
/// Teams' refusals that will not pass by itself, each with what a person must do: a 403 or 404 on the conversation
/// (the bot was removed or blocked, the chat or channel is gone), and a user or channel StatusBot was never added to.
/// Rate limits, server and network errors stay transient.
/// </summary>
internal static class TeamsDeliveryProblems
{
    /// <summary>The permanent failure <paramref name="refused"/> means for <paramref name="recipient"/>; null when it may pass.</summary>
    public static ChatDeliveryException? Classify(BotConnectorException refused, ChatAddress recipient, string? name)
    {
        var status = refused.Error.StartsWith("http_403", StringComparison.Ordinal) ? 403
            : refused.Error.StartsWith("http_404", StringComparison.Ordinal) ? 404
            : 0;
        if (status == 0 || refused.Operation == "token")
        {
            return null;
        }

        var who = Who(recipient, name);
        var problem = (recipient.Kind, status) switch
        {
            (ChatAddressKind.User, 403) => $"{who} has removed or blocked StatusBot in Teams: ask them to add it again.",
            (ChatAddressKind.User, _) => $"StatusBot's chat with {who} is gone in Teams: ask them to add StatusBot again.",
            (_, 403) => $"StatusBot was removed from the team of the Teams channel {recipient.Id}: add it to the team again, or move its commitments to another channel.",
            _ => $"The Teams channel {recipient.Id} no longer exists: move its commitments to another channel.",
        };
        return ChatDeliveryException.Permanent(recipient, problem, refused.Error, DeliveryFailureKind.Recipient, refused);
    }

    /// <summary>The failure for a recipient StatusBot has no conversation with: it was never installed for them, or never added to the channel.</summary>
    public static ChatDeliveryException NotInstalled(ChatAddress recipient, string? name) =>
        ChatDeliveryException.Permanent(
            recipient,
            recipient.Kind == ChatAddressKind.User
                ? $"{Who(recipient, name)} has not installed StatusBot in Teams: ask them to add it."
                : $"StatusBot has not been added to the Teams channel {recipient.Id}: add StatusBot to its team.",
            "not_installed");

    private static string Who(ChatAddress recipient, string? name) => name is { Length: > 0 } ? name : recipient.Id;
}
