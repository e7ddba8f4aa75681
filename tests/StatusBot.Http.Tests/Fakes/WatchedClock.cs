using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace StatusBot.Http.Tests.Fakes;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that tells when a wait (<c>Task.Delay</c> on it: a retry's backoff, a pacer's slot)
/// starts, so a test advances the clock exactly then, and never sleeps through the schedule.
/// </summary>
internal sealed class WatchedClock() : FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero))
{
    private readonly Channel<TimeSpan> _waits = Channel.CreateUnbounded<TimeSpan>();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (state is Task && period == Timeout.InfiniteTimeSpan)
        {
            _waits.Writer.TryWrite(dueTime);
        }

        return base.CreateTimer(callback, state, dueTime, period);
    }

    /// <summary>The length of the next wait that starts (or has started and not been asked for yet).</summary>
    public async Task<TimeSpan> NextWaitAsync() =>
        await _waits.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));
}
