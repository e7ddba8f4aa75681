using Microsoft.Extensions.Time.Testing;
using StatusBot.Core.Chat;
using StatusBot.Core.CheckIns;
using StatusBot.Core.Commitments;
using StatusBot.Core.Digests;
using StatusBot.Core.DueWork;
using StatusBot.Core.People;
using StatusBot.Core.Tests.CheckIns;
using StatusBot.Core.Tests.Fakes;

namespace StatusBot.Core.Tests.DueWork;

/// <summary>No permanent delivery failure is retried in silence: it is told once, recorded, shown, and retried slowly.</summary>
public sealed class ReachTests
{
    private const string Zone = "Europe/Berlin";
    private const string Gone = "U_OWNER is deactivated in Slack: hand their commitments over to someone else.";
    private static readonly WorkspaceId Workspace = WorkspaceId.Playground;
    private readonly FakeTimeProvider _time = new(Given.Local(Zone, 2026, 11, 23, 8, 0)); // a Monday: the first check-in is on Tuesday at 10:00
    private readonly InMemoryCommitmentStore _store = new();
    private readonly InMemoryWakeUpSchedule _wakeUps = new();
    private readonly InMemoryPeopleDirectory _people = new();
    private readonly RecordingChatPort _chat = new();
    private readonly CommitmentService _service;
    private readonly DueWorkRunner _runner;
    private readonly List<WakeUpOutcome> _outcomes = [];

    public ReachTests()
    {
        _service = new CommitmentService(_store, new CheckInPlanning(_wakeUps, _time), _time);
        var reach = new ReachReporter(_store, _chat, _wakeUps, _time, people: _people);
        _runner = new DueWorkRunner(_wakeUps, new CheckInRunner(_store, _wakeUps, _chat, _time), _time, reach: reach);
    }

    private async Task<Commitment> CreateAsync(string creator = "U_OWNER") =>
        (await _service.CreateAsync(Workspace, new CommitmentInput("Pilot rollout", "Acme", "2026-11-27", Zone, "U_OWNER", "C_PROJECT", "C_ACME", NoticeDays: null), creator)).Value!;

    private async Task RunUntilAsync(DateTimeOffset until)
    {
        while (_time.GetUtcNow() < until)
        {
            _time.Advance(TimeSpan.FromMinutes(15));
            _outcomes.AddRange(await _runner.RunDueAsync("host-a"));
        }
    }

    private IReadOnlyList<(ChatAddress To, ChatMessage Message, string Key)> SentTo(string id) => [.. _chat.Sent.Where(s => s.To.Id == id)];

    private async Task<IReadOnlyList<CommitmentEvent>> UnreachableEventsAsync(Commitment commitment) =>
        [.. (await _store.GetHistoryAsync(Workspace, commitment.Id)).Where(e => e.Kind == CommitmentEventKind.Unreachable)];

    [Fact]
    public async Task Owner_who_cannot_be_messaged_is_reported_to_the_channel_once_within_the_tick_and_marked_unreachable()
    {
        var commitment = await CreateAsync();
        _chat.Refuse("U_OWNER", "account_inactive", Gone);

        await RunUntilAsync(Given.Local(Zone, 2026, 11, 24, 18, 0));

        var notice = Assert.Single(SentTo("C_PROJECT"));
        Assert.Contains("cannot reach the owner, U_OWNER,", notice.Message.Text, StringComparison.Ordinal);
        Assert.Contains(Gone, notice.Message.Text, StringComparison.Ordinal);
        var failed = Assert.Single(_outcomes, o => o.Unreachable.Count > 0);
        Assert.Equal(["C_PROJECT"], failed.Unreachable[0].Told.Select(t => t.Id));
        Assert.True(notice.Key.Contains("/v1/", StringComparison.Ordinal), notice.Key);
        var recorded = Assert.Single(await UnreachableEventsAsync(commitment));
        Assert.Equal(("U_OWNER", ReachEvents.RoleOwner, "account_inactive", Gone, "C_PROJECT"),
            (recorded.Data[ReachEvents.Address], recorded.Data[ReachEvents.Role], recorded.Data[ReachEvents.Code], recorded.Data[ReachEvents.Reason], recorded.Data[ReachEvents.Told]));
        var person = await _people.GetAsync(Workspace, "U_OWNER");
        Assert.Equal((Reach.Unreachable, Gone), (person!.Reach, person.ReachProblem));
        Assert.Equal(1, _chat.AttemptsTo("U_OWNER")); // not looped on every tick
    }

    [Fact]
    public async Task Co_owner_who_cannot_be_messaged_does_not_stop_the_owners_check_ins_and_is_reported_once()
    {
        var commitment = (await _service.CreateAsync(Workspace,
            new CommitmentInput("Pilot rollout", "Acme", "2026-11-27", Zone, "U_OWNER", "C_PROJECT", "C_ACME", CoOwners: "U_CO"), "U_OWNER")).Value!;
        _chat.Refuse("U_CO", "user_not_found", "U_CO is not a user of this Slack workspace (any more): hand their commitments over to someone else.");

        await RunUntilAsync(Given.Local(Zone, 2026, 11, 26, 18, 0)); // Thursday evening: check-ins and reminders have gone out

        var history = await _store.GetHistoryAsync(Workspace, commitment.Id);
        Assert.True(history.Count(e => e.Kind is CommitmentEventKind.CheckInSent or CommitmentEventKind.Reminded) >= 2);
        Assert.True(SentTo("U_OWNER").Count(s => s.Message.Text.Contains("cannot reach", StringComparison.Ordinal)) == 1);
        var recorded = Assert.Single(await UnreachableEventsAsync(commitment));
        Assert.Equal(("U_CO", ReachEvents.RoleOther), (recorded.Data[ReachEvents.Address], recorded.Data[ReachEvents.Role]));
        Assert.Single(SentTo("C_PROJECT"), s => s.Message.Text.Contains("cannot reach U_CO", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Permanent_failure_is_retried_on_the_next_working_day_only_and_not_reported_again()
    {
        var commitment = await CreateAsync();
        _chat.Refuse("U_OWNER", "account_inactive", Gone);

        await RunUntilAsync(Given.Local(Zone, 2026, 11, 27, 8, 0)); // Friday morning

        Assert.Equal(3, _chat.AttemptsTo("U_OWNER")); // Tuesday's check-in, then once on Wednesday and once on Thursday at 09:00
        Assert.Single(SentTo("C_PROJECT"));
        Assert.Single(await UnreachableEventsAsync(commitment));
        Assert.All(_outcomes.Where(o => o.Unreachable.Count > 0).Skip(1), o => Assert.False(o.Unreachable[0].IsNew));
        Assert.All(_outcomes, o => Assert.Null(o.Failure));
    }

    [Fact]
    public async Task Fixed_problem_heals_on_the_slow_retry_and_leaves_the_digest()
    {
        var commitment = await CreateAsync();
        _chat.Refuse("U_OWNER", "account_inactive", Gone);
        await RunUntilAsync(Given.Local(Zone, 2026, 11, 24, 18, 0));
        var digest = await new DigestService(_store, FixedCheckInSettings.Defaults, _time).BuildAsync(Workspace, "C_PROJECT");
        var line = Assert.Single(Assert.Single(digest.Sections, s => s.Kind == DigestSectionKind.CannotReach).Lines);
        Assert.Equal(Gone, line.ReachProblem);

        _chat.Accept("U_OWNER");
        await RunUntilAsync(Given.Local(Zone, 2026, 11, 25, 9, 30));

        Assert.Single(SentTo("U_OWNER")); // on the slow retry, Wednesday at 09:00
        Assert.Contains(await _store.GetHistoryAsync(Workspace, commitment.Id), e => e.Kind == CommitmentEventKind.CheckInSent);
        digest = await new DigestService(_store, FixedCheckInSettings.Defaults, _time).BuildAsync(Workspace, "C_PROJECT");
        Assert.DoesNotContain(digest.Sections, s => s.Kind == DigestSectionKind.CannotReach);
    }

    [Fact]
    public async Task Transient_failure_is_retried_soon_and_reported_to_no_one()
    {
        var commitment = await CreateAsync();
        _chat.FailNext = 1;

        await RunUntilAsync(Given.Local(Zone, 2026, 11, 24, 12, 0));

        Assert.Contains(_outcomes, o => o.Failure is { IsPermanent: false });
        Assert.Single(SentTo("U_OWNER"));
        Assert.Empty(SentTo("C_PROJECT"));
        Assert.Empty(await UnreachableEventsAsync(commitment));
        Assert.Null(await _people.GetAsync(Workspace, "U_OWNER"));
    }

    [Fact]
    public async Task Owner_and_channel_both_unreachable_is_recorded_and_shown_not_looped()
    {
        var commitment = await CreateAsync();
        _chat.Refuse("U_OWNER", "account_inactive", Gone);
        _chat.Refuse("C_PROJECT", "is_archived", "The channel C_PROJECT is archived.");

        await RunUntilAsync(Given.Local(Zone, 2026, 11, 24, 18, 0));

        var report = Assert.Single(_outcomes.SelectMany(o => o.Unreachable));
        Assert.Empty(report.Told);
        Assert.Equal(["C_PROJECT"], report.NotTold.Select(t => t.Id));
        var recorded = Assert.Single(await UnreachableEventsAsync(commitment));
        Assert.Equal("", recorded.Data[ReachEvents.Told]);
        Assert.Equal(1, _chat.AttemptsTo("C_PROJECT"));
        Assert.Empty(_chat.Sent);
    }

    [Fact]
    public async Task Channel_that_cannot_be_posted_to_is_told_to_the_owner_by_direct_message()
    {
        var commitment = await CreateAsync();
        var reporter = new ReachReporter(_store, _chat, _wakeUps, _time, people: _people);
        var failure = ChatDeliveryException.Permanent(
            ChatAddress.ToChannel(Workspace, "C_PROJECT"), "invite @StatusBot to the channel C_PROJECT (/invite @StatusBot).", "not_in_channel");

        var report = Assert.Single(await reporter.ReportAsync(Workspace, commitment.Id, [failure]));
        var again = Assert.Single(await reporter.ReportAsync(Workspace, commitment.Id, [failure]));

        Assert.Equal(["U_OWNER"], report.Told.Select(t => t.Id));
        Assert.False(again.IsNew);
        var notice = Assert.Single(_chat.Sent);
        Assert.Equal(ChatAddressKind.User, notice.To.Kind);
        Assert.Contains("cannot reach the project channel C_PROJECT", notice.Message.Text, StringComparison.Ordinal);
        Assert.Contains("/invite @StatusBot", notice.Message.Text, StringComparison.Ordinal);
        Assert.Empty(await _people.ListAsync(Workspace)); // a channel is no person
        Assert.Equal(Given.Local(Zone, 2026, 11, 24, 9, 0), report.RetryAt);
    }

    [Fact]
    public async Task Owner_who_cannot_be_messaged_is_also_told_to_the_creator()
    {
        var commitment = await CreateAsync(creator: "U_LEAD");
        var reporter = new ReachReporter(_store, _chat, _wakeUps, _time);
        var failure = ChatDeliveryException.Permanent(ChatAddress.ToUser(Workspace, "U_OWNER"), Gone, "account_inactive");

        var report = Assert.Single(await reporter.ReportAsync(Workspace, commitment.Id, [failure]));

        Assert.Equal(["U_LEAD", "C_PROJECT"], report.Told.Select(t => t.Id));
    }
}
