using StatusBot.Core.Chat;

namespace StatusBot.Scheduling;

/// <summary>
/// The chat port while no chat platform is connected: every send is refused as undeliverable, so the
/// scheduler keeps the work due and sends it once a platform is configured. Nothing is dropped.
/// </summary>
internal sealed class UnconnectedChatPort : IChatPort
{
    public Task<SentMessage> SendAsync(ChatAddress recipient, ChatMessage message, string idempotencyKey, CancellationToken cancellationToken = default) =>
        throw new ChatDeliveryException($"No chat platform is connected for workspace {recipient.Workspace}: configure Slack or Teams.");

    public Task UpdateAsync(SentMessage sent, ChatMessage message, CancellationToken cancellationToken = default) =>
        throw new ChatDeliveryException($"No chat platform is connected for workspace {sent.To.Workspace}: configure Slack or Teams.");
}
