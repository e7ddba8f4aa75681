namespace StatusBot.Core.Chat;

/// <summary>
/// Sends platform-neutral messages to people and channels. Slack, Teams, email and the playground
/// implement it.
/// </summary>
public interface IChatPort
{
    /// <summary>
    /// Sends <paramref name="message"/> to <paramref name="recipient"/> once: a second call with the same
    /// <paramref name="idempotencyKey"/> does not send again and returns the first send's receipt.
    /// </summary>
    /// <exception cref="ChatDeliveryException">The platform refused or could not be reached; the caller retries later.</exception>
    Task<SentMessage> SendAsync(ChatAddress recipient, ChatMessage message, string idempotencyKey, CancellationToken cancellationToken = default);

    /// <summary>Replaces a message sent earlier (for example so that answered buttons cannot be clicked again).</summary>
    Task UpdateAsync(SentMessage sent, ChatMessage message, CancellationToken cancellationToken = default);
}

/// <summary>The receipt of a sent message, enough to update it later.</summary>
/// <param name="To">Where it went.</param>
/// <param name="MessageId">The platform's id of the message (Slack <c>ts</c>, Teams activity id, email Message-ID).</param>
/// <param name="ConversationId">The platform's id of the conversation it is in (a DM's channel id, for example).</param>
public sealed record SentMessage(ChatAddress To, string MessageId, string ConversationId);

/// <summary>A message that could not be delivered now; nothing was sent, and it can be tried again.</summary>
public sealed class ChatDeliveryException : Exception
{
    /// <summary>Creates the exception with the platform's reason.</summary>
    public ChatDeliveryException(string message, Exception? innerException = null) : base(message, innerException) { }

    /// <summary>Required by the exception pattern.</summary>
    public ChatDeliveryException() { }

    /// <summary>Required by the exception pattern.</summary>
    public ChatDeliveryException(string message) : base(message) { }

    /// <summary>When the platform asked to wait before trying again, how long.</summary>
    public TimeSpan? RetryAfter { get; init; }
}
