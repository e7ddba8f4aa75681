namespace StatusBot.Core.Chat;

/// <summary>
/// One reachability check over every connected platform, as <see cref="RoutingChatPort"/> is for sending: each address
/// goes to the first check that serves it. An address none serves (an email address, a platform not configured) is
/// <see cref="Reachability.Unknown"/>, and so is a check that fails with a <see cref="ChatDeliveryException"/>.
/// </summary>
public sealed class RoutingReachabilityCheck : IReachabilityCheck
{
    private readonly IReadOnlyList<IReachabilityCheck> _checks;

    /// <summary>Routes to <paramref name="checks"/>, in order.</summary>
    public RoutingReachabilityCheck(IEnumerable<IReachabilityCheck> checks)
    {
        ArgumentNullException.ThrowIfNull(checks);
        _checks = [.. checks];
    }

    /// <inheritdoc />
    public bool Serves(ChatAddress address) => _checks.Any(c => c.Serves(address));

    /// <inheritdoc />
    public async Task<Reachability> CheckAsync(ChatAddress address, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (_checks.FirstOrDefault(c => c.Serves(address)) is not { } check)
        {
            return Reachability.Unknown;
        }

        try
        {
            return await check.CheckAsync(address, cancellationToken);
        }
        catch (ChatDeliveryException)
        {
            return Reachability.Unknown; // The platform could not answer now: what the user does goes ahead.
        }
    }
}
