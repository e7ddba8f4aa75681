using System.Collections.Concurrent;

namespace StatusBot.Teams.Outbound;

/// <summary>
/// Keeps messages to one conversation (thread) within Teams' per-bot limits: 7 per second, 8 per 2 s, 60 per
/// 30 s and 1800 per hour. Each conversation keeps the times of its recent sends (a sliding-window log, exact
/// for every window); a send waits until every window has room. All time comes from <see cref="TimeProvider"/>,
/// so tests drive it with a fake clock.
/// </summary>
public sealed class TeamsConversationPacer
{
    /// <summary>Teams' published limits per bot per thread: (messages, window).</summary>
    public static readonly IReadOnlyList<(int Limit, TimeSpan Window)> Limits =
    [
        (7, TimeSpan.FromSeconds(1)),
        (8, TimeSpan.FromSeconds(2)),
        (60, TimeSpan.FromSeconds(30)),
        (1800, TimeSpan.FromHours(1)),
    ];

    private const int PruneAbove = 10_000;
    private static readonly TimeSpan Longest = Limits.Max(l => l.Window);
    private readonly ConcurrentDictionary<string, List<DateTimeOffset>> _conversations = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;

    /// <summary>Paces by <see cref="Limits"/> on <paramref name="timeProvider"/>'s clock.</summary>
    public TeamsConversationPacer(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        _time = timeProvider;
    }

    /// <summary>Waits until <paramref name="conversation"/> may take another message, and takes the slot.</summary>
    public async ValueTask WaitAsync(string conversation, CancellationToken cancellationToken = default)
    {
        var wait = Reserve(conversation);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, _time, cancellationToken);
        }
    }

    /// <summary>Takes the next free slot of <paramref name="conversation"/> and says how long until it comes.</summary>
    internal TimeSpan Reserve(string conversation)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversation);
        var now = _time.GetUtcNow();
        if (_conversations.Count > PruneAbove)
        {
            Prune(now);
        }

        var sends = _conversations.GetOrAdd(conversation, static _ => []);
        lock (sends)
        {
            sends.RemoveAll(at => at <= now - Longest);
            var slot = sends.Count > 0 && sends[^1] > now ? sends[^1] : now;
            foreach (var (limit, window) in Limits)
            {
                // With `limit` sends already in the window, the next waits for the oldest of them to leave it.
                if (sends.Count >= limit && sends[^limit] + window > slot)
                {
                    slot = sends[^limit] + window;
                }
            }

            sends.Add(slot);
            return slot - now;
        }
    }

    /// <summary>Forgets conversations that have gone quiet, so the map does not grow without end.</summary>
    private void Prune(DateTimeOffset now)
    {
        foreach (var (conversation, sends) in _conversations)
        {
            lock (sends)
            {
                if (sends.Count == 0 || sends[^1] <= now - Longest)
                {
                    _conversations.TryRemove(conversation, out _);
                }
            }
        }
    }
}
