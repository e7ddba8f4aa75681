namespace StatusBot.Core.Chat;

/// <summary>
/// A durable record of what was sent, by idempotency key: the receipt is kept the moment the platform
/// takes a message, so a retry after a crash finds it and does not send again.
/// </summary>
public interface ISentMessageLog
{
    /// <summary>The receipt of the message sent under <paramref name="idempotencyKey"/>, or null when none was.</summary>
    Task<SentMessage?> FindAsync(WorkspaceId workspace, string idempotencyKey, CancellationToken cancellationToken = default);

    /// <summary>Keeps the receipt of a message just sent; recording the same key again keeps the first.</summary>
    Task RecordAsync(string idempotencyKey, SentMessage sent, CancellationToken cancellationToken = default);
}
