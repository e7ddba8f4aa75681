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

    /// <summary>
    /// Sends <paramref name="message"/> without first looking for an earlier send under <paramref name="idempotencyKey"/>: for a
    /// caller that knows the key was never used (it holds the only claim on the work the key names, and nobody held it before
    /// without finishing). The receipt is still kept under the key. Without a log to skip, the same as <see cref="SendAsync"/>.
    /// </summary>
    /// <exception cref="ChatDeliveryException">The platform refused or could not be reached; the caller retries later.</exception>
    Task<SentMessage> SendNewAsync(ChatAddress recipient, ChatMessage message, string idempotencyKey, CancellationToken cancellationToken = default) =>
        SendAsync(recipient, message, idempotencyKey, cancellationToken);

    /// <summary>Replaces a message sent earlier (for example so that answered buttons cannot be clicked again).</summary>
    Task UpdateAsync(SentMessage sent, ChatMessage message, CancellationToken cancellationToken = default);

    /// <summary>
    /// The message sent to <paramref name="recipient"/> under <paramref name="idempotencyKey"/> when it went out but its
    /// receipt was never kept (the host died in between), as far as the platform can still tell: Slack finds it among the
    /// conversation's recent messages by the key it carries. Null when it was not sent or the platform cannot tell; the
    /// caller then sends, so a platform without a way to look back may repeat a message interrupted that way.
    /// </summary>
    Task<SentMessage?> FindDeliveredAsync(ChatAddress recipient, string idempotencyKey, CancellationToken cancellationToken = default) =>
        Task.FromResult<SentMessage?>(null);
}

/// <summary>The receipt of a sent message, enough to update it later.</summary>
/// <param name="To">Where it went.</param>
/// <param name="MessageId">The platform's id of the message (Slack <c>ts</c>, Teams activity id, email Message-ID).</param>
/// <param name="ConversationId">The platform's id of the conversation it is in (a DM's channel id, for example).</param>
public sealed record SentMessage(ChatAddress To, string MessageId, string ConversationId);

/// <summary>
/// A message that could not be delivered; nothing was sent. A transient failure (<see cref="DeliveryFailureKind.Transient"/>)
/// may pass by itself and is tried again later; a permanent one (<see cref="IsPermanent"/>) will not, and its
/// <see cref="Exception.Message"/> says what a person must do about it.
/// </summary>
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

    /// <summary>Whether it may pass by itself, and whom it concerns; transient unless the platform knows better.</summary>
    public DeliveryFailureKind Kind { get; init; }

    /// <summary>The address it concerns: the recipient, or for a workspace-wide failure the address that met it; null when not known.</summary>
    public ChatAddress? Address { get; init; }

    /// <summary>The platform's code for it (<c>not_in_channel</c>, <c>http_403</c>), for logs and for telling one problem from another.</summary>
    public string? Code { get; init; }

    /// <summary>True when trying again will not help until someone acts.</summary>
    public bool IsPermanent => Kind != DeliveryFailureKind.Transient;

    /// <summary>A failure that will not pass until someone acts, for <paramref name="address"/>; <paramref name="problem"/> says what to do.</summary>
    public static ChatDeliveryException Permanent(
        ChatAddress address, string problem, string code, DeliveryFailureKind kind = DeliveryFailureKind.Recipient, Exception? innerException = null)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentException.ThrowIfNullOrWhiteSpace(problem);
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        if (kind == DeliveryFailureKind.Transient)
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "A permanent failure concerns a recipient or a workspace.");
        }

        return new ChatDeliveryException(problem, innerException) { Kind = kind, Address = address, Code = code };
    }
}
