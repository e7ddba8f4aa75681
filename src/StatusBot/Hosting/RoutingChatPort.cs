using StatusBot.Core.Chat;

namespace StatusBot.Hosting;

/// <summary>
/// One chat port over several: email addresses go to the email port; users and channels of a workspace
/// named for its platform (<c>slack-T0123</c>, <c>teams-&lt;tenant&gt;</c>) to that platform's port; any other
/// workspace to the connected platform. Wrap it in <see cref="LoggedChatPort"/> so every kind is sent once.
/// </summary>
internal sealed class RoutingChatPort : IChatPort
{
    private readonly IChatPort _platform;
    private readonly IChatPort _email;
    private readonly IReadOnlyDictionary<string, IChatPort> _byWorkspacePrefix;

    /// <summary>Routes to <paramref name="platform"/> (Slack, Teams, ...), <paramref name="email"/>, and the ports of workspace prefixes.</summary>
    public RoutingChatPort(IChatPort platform, IChatPort email, IReadOnlyDictionary<string, IChatPort>? byWorkspacePrefix = null)
    {
        ArgumentNullException.ThrowIfNull(platform);
        ArgumentNullException.ThrowIfNull(email);
        _platform = platform;
        _email = email;
        _byWorkspacePrefix = byWorkspacePrefix ?? new Dictionary<string, IChatPort>();
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

    private IChatPort PortFor(ChatAddress address) =>
        address.Kind == ChatAddressKind.Email ? _email
        : _byWorkspacePrefix.FirstOrDefault(p => address.Workspace.StartsWith(p.Key, StringComparison.Ordinal)).Value ?? _platform;
}
