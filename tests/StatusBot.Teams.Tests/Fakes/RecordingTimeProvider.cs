using System.Collections.Concurrent;

namespace StatusBot.Teams.Tests.Fakes;

/// <summary>
/// Real time, except that one-shot waits (<c>Task.Delay(delay, timeProvider)</c>) end at once and are recorded,
/// so retry tests check the waits asked for without sleeping through them.
/// </summary>
internal sealed class RecordingTimeProvider : TimeProvider
{
    private readonly ConcurrentQueue<TimeSpan> _waits = new();

    public IReadOnlyList<TimeSpan> Waits => [.. _waits];

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (period != Timeout.InfiniteTimeSpan)
        {
            return System.CreateTimer(callback, state, dueTime, period);
        }

        _waits.Enqueue(dueTime);
        return System.CreateTimer(callback, state, TimeSpan.Zero, Timeout.InfiniteTimeSpan);
    }
}
