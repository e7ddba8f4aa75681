using System.Collections.Concurrent;
using StatusBot.Http.Pacing;

namespace StatusBot.Teams.Outbound;

/// <summary>
/// Keeps messages within Teams' per-bot limits: to one conversation (thread), <see cref="Limits"/>, and to one tenant
/// (every conversation of an organisation together), <see cref="TenantLimits"/>, exactly for every window
/// (<see cref="SlidingWindowPacer"/>). A call waits for the first moment both have room. A singleton: it sits in
/// <see cref="BotConnectorClient"/>'s HttpClient pipeline through a <see cref="Http.Outbound.PacingHandler"/>, below the
/// retries, so every attempt is paced; the key (<see cref="PaceKey"/>) travels on the request.
/// </summary>
public sealed class TeamsConversationPacer : Pacer
{
    /// <summary>Teams' published limits per bot per thread: 7 per second, 8 per 2 s, 60 per 30 s and 1800 per hour.</summary>
    public static readonly IReadOnlyList<(int Limit, TimeSpan Window)> Limits =
    [
        (7, TimeSpan.FromSeconds(1)),
        (8, TimeSpan.FromSeconds(2)),
        (60, TimeSpan.FromSeconds(30)),
        (1800, TimeSpan.FromHours(1)),
    ];

    /// <summary>Teams' limit per bot per tenant, across all its conversations: 50 per second.</summary>
    public static readonly IReadOnlyList<(int Limit, TimeSpan Window)> TenantLimits = [(50, TimeSpan.FromSeconds(1))];

    private const char Separator = '\u001F';
    private readonly SlidingWindowPacer _conversations;
    private readonly SlidingWindowPacer _tenants;
    private readonly ConcurrentDictionary<string, Lock> _tenantGates = new(StringComparer.Ordinal);

    /// <summary>Paces on <paramref name="timeProvider"/>'s clock.</summary>
    public TeamsConversationPacer(TimeProvider timeProvider)
        : base(timeProvider)
    {
        _conversations = new SlidingWindowPacer(Limits, timeProvider);
        _tenants = new SlidingWindowPacer(TenantLimits, timeProvider);
    }

    /// <summary>The key a call to <paramref name="conversationId"/> in <paramref name="tenantId"/> is paced by (conversation only when no tenant is known).</summary>
    public static string PaceKey(string? tenantId, string conversationId) =>
        string.IsNullOrWhiteSpace(tenantId) ? conversationId : tenantId + Separator + conversationId;

    /// <inheritdoc />
    public override TimeSpan Reserve(string key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        var now = Time.GetUtcNow();
        var split = key.IndexOf(Separator, StringComparison.Ordinal);
        if (split < 0)
        {
            return _conversations.ReserveAt(key, now) - now;
        }

        var (tenant, conversation) = (key[..split], key[(split + 1)..]);
        lock (_tenantGates.GetOrAdd(tenant, static _ => new Lock()))
        {
            // The first moment both the conversation and the tenant have room: each step only moves later, so it ends.
            for (var slot = now; ;)
            {
                var free = _tenants.EarliestAt(tenant, _conversations.EarliestAt(conversation, slot));
                if (free == slot)
                {
                    _conversations.ReserveAt(conversation, slot);
                    _tenants.ReserveAt(tenant, slot);
                    return slot - now;
                }

                slot = free;
            }
        }
    }
}
