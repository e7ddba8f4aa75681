using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using StatusBot.Core.Chat;
using StatusBot.Slack.Inbound;

namespace StatusBot.Slack.Tests.Inbound;

public sealed class SlackAckTests
{
    [Fact]
    public async Task Start_WorkThatThrows_AsksToTryAgain()
    {
        var response = await SlackAck.Start(_ => throw new InvalidOperationException("disk I/O error"), NullLogger.Instance, CancellationToken.None);

        Assert.Equal(SlackAck.TryAgain, Assert.Single(response.Messages).Text);
    }

    [Fact]
    public async Task Start_CallThatTimedOut_AsksToTryAgain()
    {
        // How Azure.Data.Tables (and HttpClient) report a call that exceeded its timeout: a cancellation nobody asked for.
        var response = await SlackAck.Start(
            _ => throw new TaskCanceledException("The operation was cancelled because it exceeded the configured timeout of 0:01:40."),
            NullLogger.Instance,
            CancellationToken.None);

        Assert.Equal(SlackAck.TryAgain, Assert.Single(response.Messages).Text);
    }

    [Fact]
    public async Task Start_HostStopping_CancelsTheWork()
    {
        using var stopping = new CancellationTokenSource();
        var gate = new TaskCompletionSource();
        var work = SlackAck.Start(async ct =>
        {
            await gate.Task.WaitAsync(ct);
            return ChatResponse.Say("done");
        }, NullLogger.Instance, stopping.Token);

        await stopping.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => work);
    }

    [Fact]
    public async Task WithinBudget_WorkStillRunningWhenTheBudgetEnds_IsNull()
    {
        var clock = new FakeTimeProvider();
        var gate = new TaskCompletionSource<ChatResponse>();

        var waiting = SlackAck.WithinBudgetAsync(gate.Task, clock);
        clock.Advance(SlackAck.Budget);

        Assert.Null(await waiting);
    }

    [Fact]
    public async Task WithinBudget_WorkThatFinishesFirst_LeavesNoTimerBehind()
    {
        var clock = new TimerCountingClock();
        var gate = new TaskCompletionSource<ChatResponse>(TaskCreationOptions.RunContinuationsAsynchronously);

        var waiting = SlackAck.WithinBudgetAsync(gate.Task, clock);
        Assert.Equal(1, clock.Live);
        gate.SetResult(ChatResponse.Say("done"));

        Assert.Equal("done", (await waiting)!.Messages[0].Text);
        Assert.Equal(0, clock.Live);
        Assert.Equal("done", (await SlackAck.WithinBudgetAsync(Task.FromResult(ChatResponse.Say("done")), clock))!.Messages[0].Text);
        Assert.Equal(1, clock.Created);  // work already done starts no timer at all
    }

    /// <summary>A fake clock that counts the timers made on it and those still alive (not yet disposed).</summary>
    private sealed class TimerCountingClock : FakeTimeProvider
    {
        private int _live;

        public int Live => Volatile.Read(ref _live);

        public int Created { get; private set; }

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            Created++;
            Interlocked.Increment(ref _live);
            return new Counted(base.CreateTimer(callback, state, dueTime, period), this);
        }

        private sealed class Counted(ITimer inner, TimerCountingClock clock) : ITimer
        {
            private int _disposed;

            public bool Change(TimeSpan dueTime, TimeSpan period) => inner.Change(dueTime, period);

            public void Dispose()
            {
                if (Interlocked.Exchange(ref _disposed, 1) == 0)
                {
                    Interlocked.Decrement(ref clock._live);
                }

                inner.Dispose();
            }

            public ValueTask DisposeAsync()
            {
                Dispose();
                return ValueTask.CompletedTask;
            }
        }
    }
}
