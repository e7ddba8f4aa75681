namespace StatusBot.Core.Chat;

/// <summary>
/// Asks a chat platform, before anything is sent, whether an address can be reached: the person exists and is active,
/// the channel exists and has StatusBot in it. Each platform answers for its own workspaces (<see cref="Serves"/>); the
/// host routes through <see cref="RoutingReachabilityCheck"/>. A platform that cannot answer now (rate limits, network)
/// answers <see cref="Reachability.Unknown"/> rather than throwing: a check never blocks what a user does.
/// </summary>
public interface IReachabilityCheck
{
    /// <summary>True when this check answers for <paramref name="address"/>.</summary>
    bool Serves(ChatAddress address);

    /// <summary>What the platform says about <paramref name="address"/>.</summary>
    Task<Reachability> CheckAsync(ChatAddress address, CancellationToken cancellationToken = default);
}
