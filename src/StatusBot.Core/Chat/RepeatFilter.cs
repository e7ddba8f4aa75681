using System.Collections.Concurrent;

namespace StatusBot.Core.Chat;

/// <summary>
/// Lets the first of identical requests through within a window: the same user pressing the same button of
/// the same message twice (a double click), or a platform delivering the same activity again, acts once.
/// Kept in memory: it covers the seconds in which repeats arrive, on the host that got the first.
/// </summary>
/// <param name="window">How long a request shadows its repeats.</param>
/// <param name="time">The clock.</param>
public sealed class RepeatFilter(TimeSpan window, TimeProvider time)
{

    private readonly ConcurrentDictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);

    /// <summary>True the first time <paramref name="key"/> is seen within the window.</summary>
    public bool TryFirst(string key)
    {
        var now = time.GetUtcNow();
        if (_seen.Count > 10_000)
        {
            foreach (var old in _seen.Where(e => e.Value <= now))
            {
                _seen.TryRemove(old);
            }
        }

        var until = now + window;
        if (_seen.TryAdd(key, until))
        {
            return true;
        }

        // Seen before: a repeat while its window lasts; after that, a new click (if no one else took it first).
        return _seen.TryGetValue(key, out var shadowedUntil) && shadowedUntil <= now && _seen.TryUpdate(key, until, shadowedUntil);
    }
}
