using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace StatusBot.Customers;

/// <summary>
/// Lets each link be used <see cref="CustomersOptions.AnswersPerLinkPerHour"/> times an hour, so a leaked or scripted
/// link cannot flood the owner and the channel. Counted per host, in memory: a few more across several hosts is harmless.
/// </summary>
internal sealed class LinkRateLimit(IOptions<CustomersOptions> options, TimeProvider time)
{
    private static readonly TimeSpan Window = TimeSpan.FromHours(1);
    private readonly ConcurrentDictionary<string, (DateTimeOffset Start, int Count)> _windows = new(StringComparer.Ordinal);

    /// <summary>True when <paramref name="key"/> may be used once more now (and counts the use).</summary>
    public bool TryTake(string key)
    {
        var now = time.GetUtcNow();
        if (_windows.Count > 10_000)
        {
            foreach (var stale in _windows.Where(w => now - w.Value.Start >= Window).Select(w => w.Key).ToList())
            {
                _windows.TryRemove(stale, out _);
            }
        }

        var window = _windows.AddOrUpdate(key, _ => (now, 1), (_, w) => now - w.Start >= Window ? (now, 1) : (w.Start, w.Count + 1));
        return window.Count <= options.Value.AnswersPerLinkPerHour;
    }
}
