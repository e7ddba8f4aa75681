using StatusBot.Teams.Outbound;

namespace StatusBot.Playground;

/// <summary>
/// The bearer token for a Bot Connector call: the playground's own secret when the serviceUrl is this host's
/// playground connector on loopback, else Teams' client-credentials token.
/// </summary>
internal sealed class PlaygroundConnectorTokens(TeamsTokenClient teams, PlaygroundConnectorSecret secret) : IConnectorTokenSource
{
    /// <summary>The hosts the playground's connector answers on.</summary>
    public static readonly IReadOnlyList<string> LocalHosts = ["localhost", "127.0.0.1"];

    public ValueTask<string?> GetTokenAsync(Uri serviceUrl, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        return serviceUrl.IsLoopback && serviceUrl.AbsolutePath.StartsWith(PlaygroundWorkspace.ConnectorBasePath, StringComparison.Ordinal)
            ? ValueTask.FromResult<string?>(secret.Value)
            : teams.GetTokenAsync(serviceUrl, cancellationToken);
    }
}
