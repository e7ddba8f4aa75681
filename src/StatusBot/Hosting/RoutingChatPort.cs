using StatusBot.Core.Conversations;

namespace StatusBot.Hosting;

/// <summary>
/// One chat port over two: email addresses go to the email port, everything else (users, channels) to
/// the connected chat platform. Wrap it in <see cref="LoggedChatPort"/> so both kinds are sent once.
/// </summary>
internal sealed class RoutingChatPort : IChatPort
{
    private readonly IChatPort _platform;
    private readonly IChatPort _email;

    /// <summary>Routes to <paramref name="platform"/> (Slack, Teams, ...) and <paramref name="email"/>.</summary>
    public RoutingChatPort(IChatPort platform, IChatPort email)
    {
        ArgumentNullException.ThrowIfNull(platform);
        ArgumentNullException.ThrowIfNull(email);
        _platform = platform;
        _email = email;
    }

    /// <inheritdoc />
    public Task<SentMessage> SendAsync(ChatAddress recipient, ChatMessage message, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        return PortFor(recipient).SendAsync(recipient, message, idempotencyKey, cancellationToken);
    }

    /// <inheritdoc />
    public Task UpdateAsync(SentMessage sent, ChatMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sent);
        return PortFor(sent.To).UpdateAsync(sent, message, cancellationToken);
    }

    private IChatPort PortFor(ChatAddress address) => address.Kind == ChatAddressKind.Email ? _email : _platform;
}
