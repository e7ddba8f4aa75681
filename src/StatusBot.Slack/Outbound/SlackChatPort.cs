using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using StatusBot.Core.Chat;
using StatusBot.Slack.Rendering;

namespace StatusBot.Slack.Outbound;

/// <summary>
/// Core's chat port on Slack: a message to a user goes to their direct message (conversations.open, remembered
/// in <see cref="SlackDmChannels"/>),
/// one to a channel straight there, rendered as Block Kit with a plain-text fallback. Anything Slack
/// refuses or cannot take now becomes a <see cref="ChatDeliveryException"/>: transient, so the caller keeps it due, or,
/// for errors that will not pass by themselves (<see cref="SlackDeliveryProblems"/>), permanent and saying what to do.
/// The address's workspace (<c>slack-T0123</c>) says whose bot token sends it. A message's picture
/// (<see cref="ChatMessage.Image"/>) is uploaded and shared in the same conversation just after the message; a failed
/// upload is logged and the message still counts as sent, since its text says everything.
/// </summary>
public sealed class SlackChatPort(SlackApiClient api, SlackDmChannels? dms = null, ILogger<SlackChatPort>? logger = null) : IChatPlatform
{
    private readonly SlackDmChannels _dms = dms ?? new SlackDmChannels();
    private readonly ILogger _logger = logger ?? NullLogger<SlackChatPort>.Instance;

    /// <inheritdoc />
    public bool Serves(ChatAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return address.Kind != ChatAddressKind.Email && address.Workspace.Platform == ChatPlatform.Slack;
    }

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
                ? await _dms.GetAsync(api, TeamId(recipient), recipient.Id, cancellationToken)
                : recipient.Id;
            var content = BlockKitRenderer.Render(message);
            var posted = await api.PostMessageAsync(TeamId(recipient), channel, content.Text, content.Blocks, deliveryKey: idempotencyKey, cancellationToken: cancellationToken);
            if (message.Image is { } image)
            {
                await ShareImageAsync(TeamId(recipient), posted.Channel, image, cancellationToken);
            }

            return new SentMessage(recipient, posted.Ts, posted.Channel);
        }
        catch (SlackApiException refused)
        {
            if (recipient.Kind == ChatAddressKind.User)
            {
                _dms.Forget(TeamId(recipient), recipient.Id);
            }

            throw refused.ToDeliveryException(recipient);
        }
    }

    /// <summary>
    /// Looks for the message among the conversation's last 100 by the key it carried as metadata. When Slack will not say
    /// (no history scope granted, say), it is logged and taken as not sent.
    /// </summary>
    public async Task<SentMessage?> FindDeliveredAsync(ChatAddress recipient, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        if (recipient.Kind == ChatAddressKind.Email)
        {
            return null;
        }

        var channel = recipient.Id;
        try
        {
            channel = recipient.Kind == ChatAddressKind.User ? await _dms.GetAsync(api, TeamId(recipient), recipient.Id, cancellationToken) : channel;
            return await api.FindByDeliveryKeyAsync(TeamId(recipient), channel, idempotencyKey, cancellationToken: cancellationToken) is { } ts
                ? new SentMessage(recipient, ts, channel)
                : null;
        }
        catch (SlackApiException refused)
        {
            Log.HistoryNotRead(_logger, channel, TeamId(recipient), refused.Error);
            return null;
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
            await api.UpdateMessageAsync(TeamId(sent.To), sent.ConversationId, sent.MessageId, content.Text, content.Blocks, cancellationToken);
        }
        catch (SlackApiException refused)
        {
            throw refused.ToDeliveryException(sent.To);
        }
    }

    /// <summary>Shares the picture after its message; the message is out, so a failure here is logged, not thrown.</summary>
    private async Task ShareImageAsync(string teamId, string channel, ChatImage image, CancellationToken cancellationToken)
    {
        try
        {
            await api.ShareFileAsync(teamId, channel, new SlackFileUpload(FileName(image.Title), image.Png, image.Title, image.AltText), cancellationToken);
        }
        catch (SlackApiException failed)
        {
            Log.ImageNotShared(_logger, channel, teamId, failed.Error);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: the message is out and its receipt must be kept, or a retry would post it again.
            Log.ImageNotShared(_logger, channel, teamId, "cancelled");
        }
    }

    /// <summary>A file name made of the picture's title: <c>median-warning-lead-time-per-month.png</c>.</summary>
    internal static string FileName(string title)
    {
        var words = new string([.. title.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : ' ')])
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var name = string.Join('-', words);
        return (name.Length == 0 ? "picture" : name[..Math.Min(name.Length, 60)].TrimEnd('-')) + ".png";
    }

    /// <summary>The Slack team id of an address: its workspace's own id.</summary>
    internal static string TeamId(ChatAddress address) => address.Workspace.Id;
}
