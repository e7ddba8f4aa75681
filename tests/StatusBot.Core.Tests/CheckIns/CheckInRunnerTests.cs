using StatusBot.Core.DueWork;
using Microsoft.Extensions.Time.Testing;
using StatusBot.Core.CheckIns;
using StatusBot.Core.Commitments;
using StatusBot.Core.Chat;
using StatusBot.Core.Tests.Fakes;

namespace StatusBot.Core.Tests.CheckIns;

public sealed class CheckInRunnerTests
{
    private const string Zone = "Europe/Berlin";
    private readonly FakeTimeProvider _time = new(Given.Local(Zone, 2026, 11, 23, 8, 0));
    private readonly InMemoryCommitmentStore _store = new();
    private readonly InMemoryWakeUpSchedule _wakeUps = new();
    private readonly RecordingChatPort _chat = new();
    private readonly CommitmentService _service;
    private readonly DueWorkRunner _runner;
    private readonly CheckInPlanning _planning;

    public CheckInRunnerTests()
    {
        _planning = new CheckInPlanning(_wakeUps, _time);
        _service = new CommitmentService(_store, _planning, _time);
        _runner = new DueWorkRunner(_wakeUps, new CheckInRunner(_store, _wakeUps, _chat, _time), _time);
    }

    private async Task<Commitment> CreateAsync(string due = "2026-12-18")
    {
        var input = new CommitmentInput("Pilot rollout", "Acme", due, Zone, "U_OWNER", "C_PROJECT", "C_ACME", NoticeDays: null);
        return (await _service.CreateAsync(WorkspaceId.Playground, input, "U_OWNER")).Value!;
    }

    /// <summary>Runs the scheduler every <paramref name="step"/> until <paramref name="until"/>, letting <paramref name="afterTick"/> act as the owner.</summary>
    private async Task RunUntilAsync(DateTimeOffset until, TimeSpan step, Func<Task>? afterTick = null)
    {
        while (_time.GetUtcNow() < until)
        {
            _time.Advance(step);
            await _runner.RunDueAsync("host-a");
            if (afterTick is not null)
            {
                await afterTick();
            }
        }
    }

    private IEnumerable<(ChatAddress To, ChatMessage Message, string Key)> To(ChatAddressKind kind, string id) =>
        _chat.Sent.Where(s => s.To.Kind == kind && s.To.Id == id);

    [Fact]
    public async Task Owner_who_answers_on_track_is_asked_on_working_days_at_ten_and_never_after_delivery()
    {
        var commitment = await CreateAsync();
        var answered = 0;

        await RunUntilAsync(Given.Local(Zone, 2026, 12, 18, 12, 0), TimeSpan.FromMinutes(30), async () =>
        {
            var questions = To(ChatAddressKind.User, "U_OWNER").Count();
            if (questions > answered)
            {
                answered = questions;
                await _service.AnswerAsync(WorkspaceId.Playground, commitment.Id, Health.OnTrack, "U_OWNER");
            }
        });
        await _service.DeliverAsync(WorkspaceId.Playground, commitment.Id, "U_OWNER");
        var sentBeforeDelivery = _chat.Sent.Count;
        await RunUntilAsync(Given.Local(Zone, 2026, 12, 22, 12, 0), TimeSpan.FromHours(1));

        var questions = To(ChatAddressKind.User, "U_OWNER").Count();
        var history = await _service.HistoryAsync(WorkspaceId.Playground, commitment.Id);
        var checkIns = history.Where(e => e.Kind == CommitmentEventKind.CheckInSent).Select(e => TimeZoneInfo.ConvertTime(e.At, TimeZones.Get(Zone))).ToList();
        Assert.InRange(checkIns.Count, 10, 20);
        Assert.All(checkIns, at => Assert.Equal((10, 0), (at.Hour, at.Minute)));
        Assert.All(checkIns, at => Assert.True(at.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday), $"Checked in on a weekend: {at}"));
        Assert.Equal(new DateTime(2026, 12, 18), checkIns[^1].Date);
        Assert.Empty(To(ChatAddressKind.Channel, "C_PROJECT"));
        Assert.Equal(sentBeforeDelivery, _chat.Sent.Count);
        Assert.Equal(checkIns.Count, questions);
    }

    [Fact]
    public async Task Silent_owner_gets_one_reminder_per_check_in_and_the_channel_hears_of_it_once()
    {
        var commitment = await CreateAsync(due: "2026-12-04");

        await RunUntilAsync(Given.Local(Zone, 2026, 12, 2, 18, 0), TimeSpan.FromMinutes(30));

        var history = await _service.HistoryAsync(WorkspaceId.Playground, commitment.Id);
        var checkIns = history.Count(e => e.Kind == CommitmentEventKind.CheckInSent);
        var reminders = history.Count(e => e.Kind == CommitmentEventKind.Reminded);
        Assert.True(checkIns >= 2, $"Only {checkIns} check-ins");
        Assert.Equal(checkIns, reminders);
        var escalations = To(ChatAddressKind.Channel, "C_PROJECT").ToList();
        Assert.NotEmpty(escalations);
        Assert.Equal(escalations.Count, escalations.Select(e => e.Key).Distinct().Count());
        Assert.Contains("Pilot rollout", escalations[0].Message.Text, StringComparison.Ordinal);
        Assert.Contains("U_OWNER", escalations[0].Message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_platform_outage_delays_the_check_in_but_neither_drops_nor_doubles_it()
    {
        var commitment = await CreateAsync();
        var first = (await _planning.NextWorkAsync(commitment))!.At;
        _chat.FailNext = 3;

        await RunUntilAsync(first.AddHours(1), TimeSpan.FromMinutes(1));

        Assert.True(_chat.Attempts >= 4, $"Only {_chat.Attempts} attempts");
        Assert.Single(To(ChatAddressKind.User, "U_OWNER"));
        var history = await _service.HistoryAsync(WorkspaceId.Playground, commitment.Id);
        Assert.Single(history, e => e.Kind == CommitmentEventKind.CheckInSent);
    }

    [Fact]
    public async Task A_crash_between_sending_and_recording_sends_nothing_twice_and_loses_nothing()
    {
        // A platform that knows no idempotency keys: only the sent-message log stands between a retry and a repeat.
        var platform = new RecordingChatPort(honoursKeys: false);
        var log = new MemorySentMessageLog();
        var commitment = await CreateAsync();
        var crashing = new DueWorkRunner(_wakeUps, new CheckInRunner(_store, _wakeUps, new CrashAfterSend(new LoggedChatPort(platform, log)), _time), _time);
        _time.Advance((await _planning.NextWorkAsync(commitment))!.At - _time.GetUtcNow());

        await Assert.ThrowsAsync<InvalidOperationException>(() => crashing.RunDueAsync("host-a"));
        Assert.Single(platform.Sent);
        Assert.DoesNotContain(await _service.HistoryAsync(WorkspaceId.Playground, commitment.Id), e => e.Kind == CommitmentEventKind.CheckInSent);

        // The crashed host's lease runs out and another host takes the wake-up over.
        _time.Advance(DueWorkRunner.Lease + TimeSpan.FromSeconds(1));
        await new DueWorkRunner(_wakeUps, new CheckInRunner(_store, _wakeUps, new LoggedChatPort(platform, log), _time), _time).RunDueAsync("host-b");

        Assert.Single(platform.Sent);
        Assert.Equal(1, platform.Attempts);
        Assert.Single(await _service.HistoryAsync(WorkspaceId.Playground, commitment.Id), e => e.Kind == CommitmentEventKind.CheckInSent);
        Assert.Contains(_wakeUps.All, w => w.CommitmentId == commitment.Id && w.At > _time.GetUtcNow());
    }

    [Fact]
    public async Task A_deadline_that_passes_in_silence_is_recorded_once_and_the_owner_prompted_once()
    {
        var commitment = await CreateAsync(due: "2026-11-25");

        await RunUntilAsync(Given.Local(Zone, 2026, 11, 30, 12, 0), TimeSpan.FromMinutes(30));

        var history = await _service.HistoryAsync(WorkspaceId.Playground, commitment.Id);
        Assert.Single(history, e => e.Kind == CommitmentEventKind.MissedSilently);
        Assert.Single(history, e => e.Kind == CommitmentEventKind.LateNoticePrompted);
        var prompt = Assert.Single(To(ChatAddressKind.User, "U_OWNER"), s => s.Message.Buttons.Any(b => b.ActionId == CheckInActions.StartSlip));
        Assert.Equal(commitment.Id, prompt.Message.Buttons[0].Value);
        Assert.DoesNotContain(history.SkipWhile(e => e.Kind != CommitmentEventKind.MissedSilently), e => e.Kind == CommitmentEventKind.CheckInSent);
    }

    [Fact]
    public async Task Check_in_question_offers_the_five_answers_to_the_owner()
    {
        var commitment = await CreateAsync();

        await RunUntilAsync((await _planning.NextWorkAsync(commitment))!.At, TimeSpan.FromMinutes(30));

        var (to, message, _) = Assert.Single(_chat.Sent);
        Assert.Equal(ChatAddress.ToUser(WorkspaceId.Playground, "U_OWNER"), to);
        Assert.Equal(["On track", "At risk", "Slipping", "Delivered", "Snooze"], message.Buttons.Select(b => b.Label));
        Assert.All(message.Buttons, b => Assert.StartsWith(commitment.Id + "|", b.Value, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_snoozed_commitment_is_not_asked_before_the_snooze_ends_nor_after_the_due_date()
    {
        var commitment = await CreateAsync(due: "2026-12-18");
        var until = new DateOnly(2026, 12, 14);

        var snoozed = await _service.ChangeAsync(WorkspaceId.Playground, commitment.Id, (c, now) => SnoozePolicy.Snooze(c, SnoozeOption.UntilDate, until, CheckInSettings.Default, "U_OWNER", now));
        await RunUntilAsync(Given.Local(Zone, 2026, 12, 14, 12, 0), TimeSpan.FromHours(1));

        Assert.Equal(until, snoozed!.CheckIns.SnoozedUntil);
        var asked = (await _service.HistoryAsync(WorkspaceId.Playground, commitment.Id)).Where(e => e.Kind == CommitmentEventKind.CheckInSent).ToList();
        var first = Assert.Single(asked);
        Assert.Equal(until.ToDateTime(new TimeOnly(10, 0)), TimeZoneInfo.ConvertTime(first.At, TimeZones.Get(Zone)).DateTime);
    }

    /// <summary>Sends through the inner port, then dies before the caller can record anything.</summary>
    [Fact]
    public async Task A_crash_before_the_receipt_is_kept_is_found_on_the_platform_and_not_sent_again()
    {
        // The platform took the check-in and the host died before keeping its receipt: the log knows nothing.
        var platform = new RecordingChatPort(honoursKeys: false) { LooksBack = true };
        var log = new MemorySentMessageLog();
        var commitment = await CreateAsync();
        var crashing = new DueWorkRunner(_wakeUps, new CheckInRunner(_store, _wakeUps, new LoggedChatPort(new CrashAfterSend(platform), log), _time), _time);
        _time.Advance((await _planning.NextWorkAsync(commitment))!.At - _time.GetUtcNow());
        await Assert.ThrowsAsync<InvalidOperationException>(() => crashing.RunDueAsync("host-a"));

        _time.Advance(DueWorkRunner.Lease + TimeSpan.FromSeconds(1));
        await new DueWorkRunner(_wakeUps, new CheckInRunner(_store, _wakeUps, new LoggedChatPort(platform, log), _time), _time).RunDueAsync("host-b");

        Assert.Single(platform.Sent);
        Assert.Single(await _service.HistoryAsync(WorkspaceId.Playground, commitment.Id), e => e.Kind == CommitmentEventKind.CheckInSent);
    }

    private sealed class CrashAfterSend(IChatPort inner) : IChatPort
    {
        public async Task<SentMessage> SendAsync(ChatAddress recipient, ChatMessage message, string idempotencyKey, CancellationToken cancellationToken = default)
        {
            await inner.SendAsync(recipient, message, idempotencyKey, cancellationToken);
            throw new InvalidOperationException("The host crashed.");
        }

        public Task UpdateAsync(SentMessage sent, ChatMessage message, CancellationToken cancellationToken = default) => Task.CompletedTask;
    }
}
