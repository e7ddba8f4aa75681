using System.Collections.Concurrent;

namespace StatusBot.Http.Pacing;

/// <summary>
/// Keeps each key to one call per interval after a burst: the generic cell rate algorithm. Each key keeps a
/// "theoretical arrival time"; a call waits until it is no more than burst - 1 intervals ahead of the clock.
/// </summary>
/// <remarks>
/// Not System.Threading.RateLimiting: its limiters read elapsed time from <c>Stopwatch.GetTimestamp()</c> (even
/// <c>TryReplenish</c> by hand) and take no <see cref="TimeProvider"/>, so they cannot follow a fake clock and tests
/// would have to sleep. This keeps every reading on <see cref="Pacer"/>'s clock.
/// </remarks>
public class GcraPacer : Pacer
{
    private const int PruneAbove = 10_000;
    private readonly ConcurrentDictionary<string, Slot> _keys = new(StringComparer.Ordinal);
    private readonly TimeSpan _interval;
    private readonly TimeSpan _burstAllowance;

    /// <summary>Paces each key to one call per <paramref name="interval"/> after <paramref name="burst"/> at once.</summary>
    public GcraPacer(TimeSpan interval, int burst, TimeProvider timeProvider)
        : base(timeProvider)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(interval, TimeSpan.Zero);
        _interval = interval;
        _burstAllowance = interval * (Math.Max(1, burst) - 1);
    }

    /// <inheritdoc />
    public override TimeSpan Reserve(string key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        var now = Time.GetUtcNow();
        if (_keys.Count > PruneAbove)
        {
            Prune(now);
        }

        var slot = _keys.GetOrAdd(key, static _ => new Slot());
        lock (slot)
        {
            var due = slot.Due > now ? slot.Due : now;
            var wait = due - now - _burstAllowance;
            slot.Due = due + _interval;
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }
    }

    /// <summary>Forgets keys that have gone quiet, so the map does not grow without end.</summary>
    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, slot) in _keys)
        {
            if (slot.Due < now)
            {
                _keys.TryRemove(key, out _);
            }
        }
    }

    private sealed class Slot
    {
        public DateTimeOffset Due { get; set; }
    }
}
