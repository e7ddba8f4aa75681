using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace StatusBot.Slack.Outbound;

/// <summary>
/// Keeps chat.postMessage to about one message per interval per channel (Slack's ~1 message/s) after a short
/// burst. Each channel keeps a "theoretical arrival time" (the generic cell rate algorithm): a message waits
/// until it is no more than burst - 1 intervals ahead of the clock. All time comes from <see cref="TimeProvider"/>,
/// so tests drive it with a fake clock. (System.Threading.RateLimiting's token bucket measures real elapsed time
/// even when replenished by hand, so it cannot follow a fake clock.)
/// </summary>
public sealed class SlackChannelPacer
{
    private const int PruneAbove = 10_000;
    private readonly ConcurrentDictionary<string, ChannelSlot> _channels = new(StringComparer.Ordinal);
    private readonly TimeSpan _interval;
    private readonly TimeSpan _burstAllowance;
    private readonly TimeProvider _time;

    /// <summary>Paces by <see cref="SlackOutboundOptions.PostMessageInterval"/> and <see cref="SlackOutboundOptions.PostMessageBurst"/>.</summary>
    public SlackChannelPacer(IOptions<SlackOutboundOptions> options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _interval = options.Value.PostMessageInterval;
        _burstAllowance = _interval * (Math.Max(1, options.Value.PostMessageBurst) - 1);
        _time = timeProvider;
    }

    /// <summary>Waits until <paramref name="channel"/> may take another message, and takes the slot.</summary>
    public async ValueTask WaitAsync(string channel, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channel);
        var wait = Reserve(channel);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, _time, cancellationToken);
        }
    }

    private TimeSpan Reserve(string channel)
    {
        var now = _time.GetUtcNow();
        if (_channels.Count > PruneAbove)
        {
            Prune(now);
        }

        var slot = _channels.GetOrAdd(channel, static _ => new ChannelSlot());
        lock (slot)
        {
            var due = slot.Due > now ? slot.Due : now;
            var wait = due - now - _burstAllowance;
            slot.Due = due + _interval;
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }
    }

    /// <summary>Forgets channels that have gone quiet, so the map does not grow without end.</summary>
    private void Prune(DateTimeOffset now)
    {
        foreach (var (channel, slot) in _channels)
        {
            if (slot.Due < now)
            {
                _channels.TryRemove(channel, out _);
            }
        }
    }

    private sealed class ChannelSlot
    {
        public DateTimeOffset Due { get; set; }
    }
}
