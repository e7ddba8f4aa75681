namespace StatusBot.Core.Chat;

/// <summary>
/// Makes any chat platform idempotent: a send whose key is in the log returns the logged receipt and
/// sends nothing; otherwise the platform sends and the receipt is logged at once. Only a crash in the
/// instant between the platform's answer and the log write can repeat a message. A caller that knows a key is new
/// (<see cref="SendNewAsync"/>) skips the look.
/// </summary>
public sealed class LoggedChatPort : IChatPort
{
    private readonly IChatPort _platform;
    private readonly ISentMessageLog _log;

    /// <summary>Wraps <paramref name="platform"/> with <paramref name="log"/>.</summary>
    public LoggedChatPort(IChatPort platform, ISentMessageLog log)
    {
        ArgumentNullException.ThrowIfNull(platform);
        ArgumentNullException.ThrowIfNull(log);
        _platform = platform;
        _log = log;
    }

    /// <inheritdoc />
    public async Task<SentMessage> SendAsync(ChatAddress recipient, ChatMessage message, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        ArgumentException.ThrowIfNullOrWhiteSpace(idempotencyKey);
        if (await _log.FindAsync(recipient.Workspace, idempotencyKey, cancellationToken) is { } earlier)
        {
            return earlier;
        }

        return await SendNewAsync(recipient, message, idempotencyKey, cancellationToken);
    }

    /// <summary>Sends and keeps the receipt, without looking in the log first: the caller knows the key is new.</summary>
    public async Task<SentMessage> SendNewAsync(ChatAddress recipient, ChatMessage message, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        ArgumentException.ThrowIfNullOrWhiteSpace(idempotencyKey);
        var sent = await _platform.SendAsync(recipient, message, idempotencyKey, cancellationToken);
        // The message is out: keep the receipt even if the caller gives up now.
        await _log.RecordAsync(idempotencyKey, sent, CancellationToken.None);
        return sent;
    }

    /// <inheritdoc />
    public Task UpdateAsync(SentMessage sent, ChatMessage message, CancellationToken cancellationToken = default) =>
        _platform.UpdateAsync(sent, message, cancellationToken);

    /// <summary>The receipt kept under the key, else what the platform still finds (then kept, so it is asked once).</summary>
    public async Task<SentMessage?> FindDeliveredAsync(ChatAddress recipient, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        ArgumentException.ThrowIfNullOrWhiteSpace(idempotencyKey);
        if (await _log.FindAsync(recipient.Workspace, idempotencyKey, cancellationToken) is { } earlier)
        {
            return earlier;
        }

        var found = await _platform.FindDeliveredAsync(recipient, idempotencyKey, cancellationToken);
        if (found is not null)
        {
            await _log.RecordAsync(idempotencyKey, found, CancellationToken.None);
        }

        return found;
    }
}
