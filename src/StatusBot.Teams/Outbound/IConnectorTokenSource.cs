namespace StatusBot.Teams.Outbound;

/// <summary>
/// Supplies the bearer token for Bot Connector calls. The default is <see cref="TeamsTokenClient"/> (client
/// credentials); the local playground plugs in its own (a per-process secret), or returns null for no token.
/// </summary>
public interface IConnectorTokenSource
{
    /// <summary>The token for calls to <paramref name="serviceUrl"/>, or null to send none (local mode).</summary>
    /// <exception cref="BotConnectorException">No token could be had; <see cref="BotConnectorException.RetryAfter"/> says whether trying later may help.</exception>
    ValueTask<string?> GetTokenAsync(Uri serviceUrl, CancellationToken cancellationToken = default);
}
