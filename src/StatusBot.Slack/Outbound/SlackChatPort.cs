using StatusBot.Core.Conversations;
using StatusBot.Slack.Rendering;

namespace StatusBot.Slack.Outbound;

/// <summary>
/// Core's chat port on Slack: a message to a user goes to their direct message (conversations.open),
/// one to a channel straight there, rendered as Block Kit with a plain-text fallback. Anything Slack
/// refuses or cannot take now becomes a <see cref="ChatDeliveryException"/>, so the caller keeps it due.
/// </summary>
public sealed class SlackChatPort(SlackApiClient api) : IChatPort
{
    /// <inheritdoc />
    public async Task<SentMessage> SendAsync(ChatAddress recipient, ChatMessage message, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        ArgumentNullException.ThrowIfNull(message);
        if (recipient.Kind == ChatAddressKind.Email)
        {
            throw new ArgumentException($"Slack cannot send to the email address {recipient.Id}; email goes through the email port.", nameof(recipient));
        }

        try
        {
            var channel = recipient.Kind == ChatAddressKind.User
                ? await api.OpenConversationAsync(recipient.Id, cancellationToken)
                : recipient.Id;
            var content = BlockKitRenderer.Render(message);
            var posted = await api.PostMessageAsync(channel, content.Text, content.Blocks, cancellationToken: cancellationToken);
            return new SentMessage(recipient, posted.Ts, posted.Channel);
        }
        catch (SlackApiException refused)
        {
            throw refused.ToDeliveryException();
        }
    }

    /// <inheritdoc />
    public async Task UpdateAsync(SentMessage sent, ChatMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sent);
        ArgumentNullException.ThrowIfNull(message);
        try
        {
            var content = BlockKitRenderer.Render(message);
            await api.UpdateMessageAsync(sent.ConversationId, sent.MessageId, content.Text, content.Blocks, cancellationToken);
        }
        catch (SlackApiException refused)
        {
            throw refused.ToDeliveryException();
        }
    }
}
