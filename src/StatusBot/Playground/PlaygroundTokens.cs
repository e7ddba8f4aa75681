using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace StatusBot.Playground;

/// <summary>What a Direct Line token lets its holder do.</summary>
internal enum PlaygroundTokenKind
{
    /// <summary>Minted into the page at <c>/</c>: may start (or rejoin) the user's conversation, nothing else.</summary>
    Page,

    /// <summary>Issued by start-conversation: may read and post in one conversation and read the channels.</summary>
    Conversation,
}

/// <summary>A token's grant: who holds it, for what, and until when.</summary>
internal sealed record PlaygroundGrant(PlaygroundTokenKind Kind, string UserId, string? ConversationId, DateTimeOffset ExpiresAt);

/// <summary>
/// Direct Line tokens: random 256-bit values, kept only as SHA-256 hashes, each with an expiry from the
/// <see cref="TimeProvider"/>. Bounded: expired grants are dropped, and beyond <see cref="Capacity"/>
/// the oldest go.
/// </summary>
internal sealed class PlaygroundTokens(TimeProvider time)
{
    /// <summary>How long the page's token may start a conversation.</summary>
    public static readonly TimeSpan PageLifetime = TimeSpan.FromMinutes(10);

    /// <summary>How long a conversation token lasts (Direct Line's <c>expires_in</c>); Web Chat refreshes it every 15 minutes.</summary>
    public static readonly TimeSpan ConversationLifetime = TimeSpan.FromMinutes(30);

    /// <summary>The most grants kept at once.</summary>
    public const int Capacity = 1000;

    private readonly Dictionary<string, PlaygroundGrant> _grants = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();
    private readonly Lock _lock = new();

    /// <summary>A new random 256-bit value, base64url without padding.</summary>
    public static string NewRandomToken() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    /// <summary>Mints a token for the page that the demo user loads.</summary>
    public (string Token, PlaygroundGrant Grant) MintPage(string userId) =>
        Mint(new PlaygroundGrant(PlaygroundTokenKind.Page, userId, null, time.GetUtcNow() + PageLifetime));

    /// <summary>Mints a token for <paramref name="conversationId"/>.</summary>
    public (string Token, PlaygroundGrant Grant) MintConversation(string userId, string conversationId) =>
        Mint(new PlaygroundGrant(PlaygroundTokenKind.Conversation, userId, conversationId, time.GetUtcNow() + ConversationLifetime));

    /// <summary>The grant of an unexpired <paramref name="token"/>, or null.</summary>
    public PlaygroundGrant? Find(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100)
        {
            return null;
        }

        var key = Hash(token);
        lock (_lock)
        {
            return _grants.TryGetValue(key, out var grant) && grant.ExpiresAt > time.GetUtcNow() ? grant : null;
        }
    }

    private (string Token, PlaygroundGrant Grant) Mint(PlaygroundGrant grant)
    {
        var token = NewRandomToken();
        var key = Hash(token);
        lock (_lock)
        {
            var now = time.GetUtcNow();
            while (_order.TryPeek(out var oldest) && (_grants.Count >= Capacity || !_grants.TryGetValue(oldest, out var g) || g.ExpiresAt <= now))
            {
                _grants.Remove(_order.Dequeue());
            }

            _grants[key] = grant;
            _order.Enqueue(key);
        }

        return (token, grant);
    }

    private static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
