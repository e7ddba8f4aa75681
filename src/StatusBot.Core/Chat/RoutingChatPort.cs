namespace StatusBot.Core.Chat;

/// <summary>
/// One chat port over every connected platform: each message goes to the first platform that serves its
/// address (email addresses to email; users and channels to their workspace's platform). An address no
/// platform serves is refused as undeliverable, so scheduled work stays due until one is configured.
/// </summary>
public sealed class RoutingChatPort : IChatPort
{
    private readonly IReadOnlyList<IChatPlatform> _platforms;

    /// <summary>Routes to <paramref name="platforms"/>, in order.</summary>
    public RoutingChatPort(IEnumerable<IChatPlatform> platforms)
    {
        ArgumentNullException.ThrowIfNull(platforms);
        _platforms = [.. platforms];
    }

    /// <inheritdoc />
    public Task<SentMessage> SendAsync(ChatAddress recipient, ChatMessage message, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        return PlatformFor(recipient).SendAsync(recipient, message, idempotencyKey, cancellationToken);
    }

    /// <inheritdoc />
    public Task UpdateAsync(SentMessage sent, ChatMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sent);
        return PlatformFor(sent.To).UpdateAsync(sent, message, cancellationToken);
    }

    /// <inheritdoc />
    public Task<SentMessage?> FindDeliveredAsync(ChatAddress recipient, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        return _platforms.FirstOrDefault(p => p.Serves(recipient)) is { } platform
            ? platform.FindDeliveredAsync(recipient, idempotencyKey, cancellationToken)
            : Task.FromResult<SentMessage?>(null);
    }

    private IChatPlatform PlatformFor(ChatAddress address) =>
        _platforms.FirstOrDefault(p => p.Serves(address))
        ?? throw new ChatDeliveryException($"No chat platform is connected for workspace {address.Workspace}: configure Slack or Teams.");
}
