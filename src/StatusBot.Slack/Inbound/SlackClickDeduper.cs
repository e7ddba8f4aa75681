using System.Collections.Concurrent;

namespace StatusBot.Slack.Inbound;

/// <summary>
/// Lets the first of identical clicks through: the same user pressing the same button of the same message
/// twice within <see cref="Window"/> (a double click, or two clicks before the message was updated) acts once.
/// </summary>
public sealed class SlackClickDeduper(TimeProvider time)
{
    /// <summary>How long a click shadows its repeats.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(30);

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

        var until = now + Window;
        if (_seen.TryAdd(key, until))
        {
            return true;
        }

        // Seen before: a repeat while its window lasts; after that, a new click (if no one else took it first).
        return _seen.TryGetValue(key, out var shadowedUntil) && shadowedUntil <= now && _seen.TryUpdate(key, until, shadowedUntil);
    }
}
