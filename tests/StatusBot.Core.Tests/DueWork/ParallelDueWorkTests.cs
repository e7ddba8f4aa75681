using Microsoft.Extensions.Time.Testing;
using StatusBot.Core.Chat;
using StatusBot.Core.CheckIns;
using StatusBot.Core.Commitments;
using StatusBot.Core.DueWork;
using StatusBot.Core.Tests.CheckIns;
using StatusBot.Core.Tests.Fakes;

namespace StatusBot.Core.Tests.DueWork;

/// <summary>Due work for many owners runs side by side, up to the parallelism asked for, and each check-in goes out once.</summary>
public sealed class ParallelDueWorkTests
{
    private const string Zone = "Europe/Berlin";
    private readonly FakeTimeProvider _time = new(Given.Local(Zone, 2026, 11, 23, 8, 0));
    private readonly InMemoryCommitmentStore _store = new();
    private readonly InMemoryWakeUpSchedule _wakeUps = new();

    [Fact]
    public async Task Ten_owners_due_at_once_with_parallelism_four_are_asked_four_at_a_time_each_once()
    {
        var service = new CommitmentService(_store, new CheckInPlanning(_wakeUps, _time), _time);
        for (var i = 0; i < 10; i++)
        {
            await service.CreateAsync(WorkspaceId.Playground, new CommitmentInput($"Pilot {i}", "Acme", "2026-12-18", Zone, "U" + i, "C_PROJECT", "C_ACME", NoticeDays: null), "U" + i);
        }

        var chat = new OverlapCountingChatPort(expectedOverlap: 4);
        var runner = new DueWorkRunner(_wakeUps, new CheckInRunner(_store, _wakeUps, chat, _time), _time);
        _time.Advance(_wakeUps.All.Max(w => w.At) - _time.GetUtcNow());  // to the first check-in, the same for all

        var outcomes = await runner.RunDueAsync("host-a", max: 100, parallelism: 4);

        Assert.Equal(10, outcomes.Count(o => o.Failure is null && o.Done.Count > 0));
        Assert.Equal(4, chat.MostAtOnce);
        Assert.Equal(Enumerable.Range(0, 10).Select(i => "U" + i).Order(), chat.Recipients.Order());
        Assert.Empty(await runner.RunDueAsync("host-a", max: 100, parallelism: 4));
    }

    [Fact]
    public async Task Two_wake_ups_of_one_commitment_due_at_once_run_one_after_the_other()
    {
        var service = new CommitmentService(_store, new CheckInPlanning(_wakeUps, _time), _time);
        var created = await service.CreateAsync(WorkspaceId.Playground, new CommitmentInput("Pilot", "Acme", "2026-12-18", Zone, "U0", "C_PROJECT", "C_ACME", NoticeDays: null), "U0");
        var planned = Assert.Single(_wakeUps.All).At;
        await _wakeUps.ScheduleAsync(WorkspaceId.Playground, created.Value!.Id, planned.AddSeconds(30)); // a retry filed a little later
        _time.Advance(planned.AddMinutes(1) - _time.GetUtcNow());
        var chat = new HoldingChatPort();

        await new DueWorkRunner(_wakeUps, new CheckInRunner(_store, _wakeUps, chat, _time), _time).RunDueAsync("host-a", max: 100, parallelism: 4);

        // Side by side, both would have found the check-in still to send.
        Assert.Equal((1, 1), (chat.Sends, chat.MostAtOnce));
    }

    /// <summary>Holds each send a moment for another to arrive beside it, and counts the most at once.</summary>
    private sealed class HoldingChatPort : IChatPort
    {
        private readonly Lock _gate = new();
        private readonly TaskCompletionSource _second = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _inFlight;

        public int Sends { get; private set; }

        public int MostAtOnce { get; private set; }

        public async Task<SentMessage> SendAsync(ChatAddress recipient, ChatMessage message, string idempotencyKey, CancellationToken cancellationToken = default)
        {
            lock (_gate)
            {
                Sends++;
                MostAtOnce = Math.Max(MostAtOnce, ++_inFlight);
                if (_inFlight > 1)
                {
                    _second.TrySetResult();
                }
            }

            await Task.WhenAny(_second.Task, Task.Delay(300, cancellationToken));
            lock (_gate)
            {
                _inFlight--;
            }

            return new SentMessage(recipient, idempotencyKey + "/" + Sends, recipient.Id);
        }

        public Task UpdateAsync(SentMessage sent, ChatMessage message, CancellationToken cancellationToken = default) => Task.CompletedTask;
    }

    /// <summary>
    /// Holds the first sends until <c>expectedOverlap</c> are in flight together (so the test shows they overlap, and fails
    /// by timing out if they never do), and counts the most at once.
    /// </summary>
    private sealed class OverlapCountingChatPort(int expectedOverlap) : IChatPort
    {
        private readonly TaskCompletionSource _overlapped = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly Lock _gate = new();
        private int _inFlight;

        public int MostAtOnce { get; private set; }

        public List<string> Recipients { get; } = [];

        public async Task<SentMessage> SendAsync(ChatAddress recipient, ChatMessage message, string idempotencyKey, CancellationToken cancellationToken = default)
        {
            lock (_gate)
            {
                _inFlight++;
                MostAtOnce = Math.Max(MostAtOnce, _inFlight);
                Recipients.Add(recipient.Id);
                if (_inFlight == expectedOverlap)
                {
                    _overlapped.TrySetResult();
                }
            }

            await _overlapped.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
            lock (_gate)
            {
                _inFlight--;
            }

            return new SentMessage(recipient, idempotencyKey, recipient.Id);
        }

        public Task UpdateAsync(SentMessage sent, ChatMessage message, CancellationToken cancellationToken = default) => Task.CompletedTask;
    }
}
