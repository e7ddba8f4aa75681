using Microsoft.Extensions.Time.Testing;
using StatusBot.Core.Chat;
using StatusBot.Core.CheckIns;
using StatusBot.Core.Commitments;
using StatusBot.Core.DueWork;
using StatusBot.Core.Tests.CheckIns;
using StatusBot.Core.Tests.Fakes;

namespace StatusBot.Core.Tests.DueWork;

/// <summary>
/// One host at a time does a commitment's due work, whichever of its wake-ups woke it; a first holder sends without
/// looking back, and whoever takes over a hold that was never let go looks for every message before sending it.
/// </summary>
public sealed class CommitmentHoldTests
{
    private const string Zone = "Europe/Berlin";
    private readonly FakeTimeProvider _time = new(Given.Local(Zone, 2026, 11, 23, 8, 0)); // first check-ins: Tuesday 10:00
    private readonly InMemoryCommitmentStore _store = new();
    private readonly InMemoryWakeUpSchedule _wakeUps;
    private readonly MemorySentMessageLog _log = new();
    private readonly LookingPlatform _platform = new();
    private readonly CommitmentService _service;

    public CommitmentHoldTests()
    {
        _wakeUps = new InMemoryWakeUpSchedule(_time);
        _service = new CommitmentService(_store, new CheckInPlanning(_wakeUps, _time), _time);
    }

    private DueWorkRunner Runner() => new(_wakeUps, new CheckInRunner(_store, _wakeUps, new LoggedChatPort(_platform, _log), _time), _time);

    private async Task<Commitment> CreateAsync(string owner) =>
        (await _service.CreateAsync(WorkspaceId.Playground, new CommitmentInput("Pilot " + owner, "Acme", "2026-12-18", Zone, owner, "C_PROJECT", "C_ACME", NoticeDays: null), owner)).Value!;

    [Fact]
    public async Task A_second_host_woken_for_a_commitment_another_host_is_working_on_leaves_it_and_the_check_in_goes_out_once()
    {
        var commitment = await CreateAsync("U1");
        var planned = Assert.Single(_wakeUps.All).At;
        await _wakeUps.ScheduleAsync(WorkspaceId.Playground, commitment.Id, planned, WakeUpScope.All); // the slip conversation's, at the same moment
        _time.Advance(planned - _time.GetUtcNow());
        IReadOnlyList<WakeUpOutcome> second = [];
        // While host A sends, host B looks for due work and finds the other wake-up of the same commitment.
        _platform.WhileSending = async () => second = await Runner().RunDueAsync("host-b", max: 10);

        var first = await Runner().RunDueAsync("host-a", max: 1);

        Assert.Single(first, o => o.Done.Count == 1);
        var left = Assert.Single(second);
        Assert.True(left.HeldElsewhere);
        Assert.Empty(left.Done);
        Assert.Empty(_wakeUps.Held);
        // Its lease over, host B's wake-up runs again and finds nothing more to send.
        _platform.WhileSending = null;
        _time.Advance(DueWorkRunner.Lease + TimeSpan.FromSeconds(1));
        Assert.Single(await Runner().RunDueAsync("host-b", max: 10), o => !o.HeldElsewhere && o.Failure is null);
        Assert.Equal(["U1"], _platform.Sent);
    }

    [Fact]
    public async Task A_first_hold_sends_without_looking_back_and_a_hold_taken_over_from_a_dead_host_looks_everywhere_first()
    {
        await CreateAsync("U1");
        var orphaned = await CreateAsync("U2");
        // A host held U2's commitment and died: its hold was never let go.
        Assert.NotNull(await _wakeUps.TryHoldAsync(WorkspaceId.Playground, orphaned.Id, "dead-host", _time.GetUtcNow() + DueWorkRunner.Lease));
        _time.Advance(_wakeUps.All.Max(w => w.At) - _time.GetUtcNow());

        var outcomes = await Runner().RunDueAsync("host-a", max: 10);

        Assert.Equal(2, outcomes.Count(o => o.Done.Count == 1));
        Assert.Equal(["U1", "U2"], _platform.Sent.Order());
        // Only the taken-over work looked: in the log (once, through the platform's look) and on the platform.
        Assert.Equal(["U2"], _platform.LookedFor);
        Assert.Equal(1, _log.Looks);
        Assert.Empty(_wakeUps.Held);
    }

    [Fact]
    public async Task A_transient_failure_keeps_the_hold_so_the_retry_looks_for_what_went_out_before_sending()
    {
        await CreateAsync("U1");
        _time.Advance(Assert.Single(_wakeUps.All).At - _time.GetUtcNow());
        _platform.FailNext = true;

        var failed = Assert.Single(await Runner().RunDueAsync("host-a", max: 10));

        Assert.NotNull(failed.Failure);
        Assert.Single(_wakeUps.Held);
        _time.Advance(DueWorkRunner.Lease + TimeSpan.FromSeconds(1));
        Assert.Single(await Runner().RunDueAsync("host-b", max: 10), o => o.Done.Count == 1);
        Assert.Equal(["U1"], _platform.LookedFor);
        Assert.Equal(["U1"], _platform.Sent);
        Assert.Empty(_wakeUps.Held);
    }

    [Fact]
    public async Task A_permanent_failure_keeps_the_hold_so_the_retry_a_day_later_looks_for_what_went_out_before_sending()
    {
        var commitment = await CreateAsync("U1");
        var reach = new ReachReporter(_store, new LoggedChatPort(_platform, _log), _wakeUps, _time);
        var runner = new DueWorkRunner(_wakeUps, new CheckInRunner(_store, _wakeUps, new LoggedChatPort(_platform, _log), _time), _time, reach: reach);
        _time.Advance(Assert.Single(_wakeUps.All).At - _time.GetUtcNow());
        _platform.RefuseNext = "U1";

        var refused = Assert.Single(await runner.RunDueAsync("host-a", max: 10), o => o.Unreachable.Count > 0);

        Assert.Equal(commitment.Id, refused.WakeUp.CommitmentId);
        Assert.Single(_wakeUps.Held);
        _time.Advance(_wakeUps.All.Min(w => w.At) - _time.GetUtcNow());
        Assert.Single(await runner.RunDueAsync("host-b", max: 10), o => o.Done.Count == 1);
        Assert.Contains("U1", _platform.LookedFor);
        Assert.Empty(_wakeUps.Held);
    }

    /// <summary>A platform that can look back, fail once, or let something happen while a message is on its way.</summary>
    private sealed class LookingPlatform : IChatPort
    {
        private readonly Lock _gate = new();

        public Func<Task>? WhileSending { get; set; }

        public bool FailNext { get; set; }

        public string? RefuseNext { get; set; }

        public List<string> Sent { get; } = [];

        public List<string> LookedFor { get; } = [];

        public async Task<SentMessage> SendAsync(ChatAddress recipient, ChatMessage message, string idempotencyKey, CancellationToken cancellationToken = default)
        {
            if (FailNext)
            {
                FailNext = false;
                throw new ChatDeliveryException("Slack is down for a moment.");
            }

            if (RefuseNext == recipient.Id)
            {
                RefuseNext = null;
                throw ChatDeliveryException.Permanent(recipient, $"{recipient.Id} is deactivated: hand their commitments over.", "account_inactive");
            }

            if (WhileSending is { } meanwhile)
            {
                await meanwhile();
            }

            lock (_gate)
            {
                Sent.Add(recipient.Id);
            }

            return new SentMessage(recipient, idempotencyKey, "D_" + recipient.Id);
        }

        public Task<SentMessage?> FindDeliveredAsync(ChatAddress recipient, string idempotencyKey, CancellationToken cancellationToken = default)
        {
            lock (_gate)
            {
                LookedFor.Add(recipient.Id);
            }

            return Task.FromResult<SentMessage?>(null);
        }

        public Task UpdateAsync(SentMessage sent, ChatMessage message, CancellationToken cancellationToken = default) => Task.CompletedTask;
    }
}
