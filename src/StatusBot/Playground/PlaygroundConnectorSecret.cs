using System.Security.Cryptography;
using System.Text;

namespace StatusBot.Playground;

/// <summary>
/// The bearer secret that authorizes calls to the playground's Bot Connector endpoints (under
/// <see cref="PlaygroundWorkspace.ConnectorBasePath"/>). A new random 256-bit value per process: the
/// connector client sends it as <c>Authorization: Bearer {Value}</c> when the serviceUrl is the playground's.
/// </summary>
public sealed class PlaygroundConnectorSecret
{
    private readonly byte[] _bytes;

    /// <summary>Draws a fresh secret.</summary>
    public PlaygroundConnectorSecret()
    {
        Value = PlaygroundTokens.NewRandomToken();
        _bytes = Encoding.ASCII.GetBytes(Value);
    }

    /// <summary>The secret (base64url, 43 characters). Never log it.</summary>
    public string Value { get; }

    /// <summary>True when <paramref name="presented"/> is this secret, compared in constant time.</summary>
    public bool Matches(string? presented) =>
        presented is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(presented), _bytes);
}
