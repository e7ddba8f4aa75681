using System.Collections.Concurrent;

namespace StatusBot.Teams.Tests.Fakes;

/// <summary>
/// Real time, except that one-shot waits (<c>Task.Delay(delay, timeProvider)</c>: the retries' backoff, the pacer) end at
/// once and are recorded, so retry tests check the waits asked for without sleeping through them. Timeouts (a timer
/// that cancels a token source, not a delay's task) keep real time: firing them at once would time out every attempt.
/// </summary>
internal sealed class RecordingTimeProvider : TimeProvider
{
    private readonly ConcurrentQueue<TimeSpan> _waits = new();

    public IReadOnlyList<TimeSpan> Waits => [.. _waits];

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (period != Timeout.InfiniteTimeSpan || state is not Task)
        {
            return System.CreateTimer(callback, state, dueTime, period);
        }

        _waits.Enqueue(dueTime);
        return System.CreateTimer(callback, state, TimeSpan.Zero, Timeout.InfiniteTimeSpan);
    }
}
