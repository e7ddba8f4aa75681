using System.Collections.Concurrent;

namespace StatusBot.Http.Pacing;

/// <summary>
/// Keeps each key within several limits at once (so many calls per window, for each window): each key keeps the times
/// of its recent calls (a sliding-window log, exact for every window), and a call waits until every window has room.
/// Not System.Threading.RateLimiting, for the reason <see cref="GcraPacer"/> gives.
/// </summary>
public class SlidingWindowPacer : Pacer
{
    private const int PruneAbove = 10_000;
    private readonly ConcurrentDictionary<string, List<DateTimeOffset>> _keys = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<(int Limit, TimeSpan Window)> _limits;
    private readonly TimeSpan _longest;

    /// <summary>Paces each key by <paramref name="limits"/>: at most Limit calls in any Window.</summary>
    public SlidingWindowPacer(IReadOnlyList<(int Limit, TimeSpan Window)> limits, TimeProvider timeProvider)
        : base(timeProvider)
    {
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentOutOfRangeException.ThrowIfZero(limits.Count);
        _limits = limits;
        _longest = limits.Max(l => l.Window);
    }

    /// <inheritdoc />
    public override TimeSpan Reserve(string key)
    {
        var now = Time.GetUtcNow();
        return ReserveAt(key, now) - now;
    }

    /// <summary>Takes the first slot of <paramref name="key"/> free at or after <paramref name="notBefore"/>, and returns it.</summary>
    public DateTimeOffset ReserveAt(string key, DateTimeOffset notBefore) => Slot(key, notBefore, take: true);

    /// <summary>The first slot of <paramref name="key"/> free at or after <paramref name="notBefore"/>, left free (to combine pacers).</summary>
    public DateTimeOffset EarliestAt(string key, DateTimeOffset notBefore) => Slot(key, notBefore, take: false);

    private DateTimeOffset Slot(string key, DateTimeOffset notBefore, bool take)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        var now = Time.GetUtcNow();
        if (_keys.Count > PruneAbove)
        {
            Prune(now);
        }

        var calls = _keys.GetOrAdd(key, static _ => []);
        lock (calls)
        {
            calls.RemoveAll(at => at <= now - _longest);
            var slot = calls.Count > 0 && calls[^1] > notBefore ? calls[^1] : notBefore;
            foreach (var (limit, window) in _limits)
            {
                // With `limit` calls already in the window, the next waits for the oldest of them to leave it.
                if (calls.Count >= limit && calls[^limit] + window > slot)
                {
                    slot = calls[^limit] + window;
                }
            }

            if (take)
            {
                calls.Add(slot);
            }

            return slot;
        }
    }

    /// <summary>Forgets keys that have gone quiet, so the map does not grow without end.</summary>
    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, calls) in _keys)
        {
            lock (calls)
            {
                if (calls.Count == 0 || calls[^1] <= now - _longest)
                {
                    _keys.TryRemove(key, out _);
                }
            }
        }
    }
}
