namespace StatusBot.Core.Chat;

/// <summary>
/// One platform's own port (Slack, Teams, email): it sends the way its platform does, with no log and no
/// routing. The bot never sends through one directly: it sends through <see cref="IChatPort"/>, a
/// <see cref="LoggedChatPort"/> over a <see cref="RoutingChatPort"/>, which picks the platform that serves
/// the address and sends each message once.
/// </summary>
public interface IChatPlatform : IChatPort
{
    /// <summary>True when this platform delivers to <paramref name="address"/>.</summary>
    bool Serves(ChatAddress address);
}
