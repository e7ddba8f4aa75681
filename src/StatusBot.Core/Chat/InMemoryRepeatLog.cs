using System.Collections.Concurrent;

namespace StatusBot.Core.Chat;

/// <summary>
/// An <see cref="IRepeatLog"/> in process memory, for one host alone (tests, tools). It forgets expired keys once it
/// holds more than 10,000, so memory stays bounded.
/// </summary>
/// <param name="time">The clock.</param>
public sealed class InMemoryRepeatLog(TimeProvider time) : IRepeatLog
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public Task<bool> TryFirstAsync(string key, TimeSpan window, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(window, TimeSpan.Zero);
        cancellationToken.ThrowIfCancellationRequested();
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
            return Task.FromResult(true);
        }

        // Seen before: a repeat while its window lasts; after that, new (if no one else took it first).
        return Task.FromResult(_seen.TryGetValue(key, out var shadowedUntil) && shadowedUntil <= now && _seen.TryUpdate(key, until, shadowedUntil));
    }
}
