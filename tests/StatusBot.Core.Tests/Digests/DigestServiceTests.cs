using StatusBot.Core.Chat;
using Microsoft.Extensions.Time.Testing;
using StatusBot.Core.CheckIns;
using StatusBot.Core.Commitments;
using StatusBot.Core.Digests;
using StatusBot.Core.People;
using StatusBot.Core.Tests.Fakes;

namespace StatusBot.Core.Tests.Digests;

public sealed class DigestServiceTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(Now.AddDays(-40));
    private readonly InMemoryCommitmentStore _store = new();
    private readonly CommitmentService _service;

    public DigestServiceTests() => _service = new CommitmentService(_store, new CheckInPlanning(new InMemoryWakeUpSchedule(), _time), _time);

    private async Task<Commitment> CreateAsync(string title, string due, string channel = "C1") =>
        (await _service.CreateAsync(WorkspaceId.Playground, new CommitmentInput(title, "Acme", due, "UTC", "U1", channel, "C9"), "U1")).Value!;

    [Fact]
    public async Task PostAsync_NamesOwnersTheDirectoryKnows_WhileTheBuiltDigestKeepsTheirIds()
    {
        _time.Advance(Now - _time.GetUtcNow());
        await CreateAsync("Export", "2026-11-25");
        var people = new InMemoryPeopleDirectory();
        await people.SaveAsync(new Person { Workspace = WorkspaceId.Playground, UserId = "U1", DisplayName = "Sam Rivera" });
        var digests = new DigestService(_store, FixedCheckInSettings.Defaults, _time, people);
        var chat = new RecordingChatPort();

        await digests.PostAsync(WorkspaceId.Playground, "C1", chat, "now", "digest");
        var built = await digests.BuildAsync(WorkspaceId.Playground, "C1");

        Assert.Contains("Export for Acme (owner Sam Rivera)", Assert.Single(chat.Sent).Message.Text, StringComparison.Ordinal);
        Assert.Equal("U1", built.Sections.SelectMany(s => s.Lines).Single().Owner);
    }

    [Fact]
    public async Task PostAsync_WithAPicture_SendsItWithTheDigestText()
    {
        _time.Advance(Now - _time.GetUtcNow());
        await CreateAsync("Export", "2026-11-25");
        var chat = new RecordingChatPort();
        var picture = new ChatImage(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, "Trend", "November 2026: 3 working days");

        await new DigestService(_store, FixedCheckInSettings.Defaults, _time).PostAsync(WorkspaceId.Playground, "C1", chat, "now", "digest", picture: picture);

        var sent = Assert.Single(chat.Sent).Message;
        Assert.Same(picture, sent.Image);
        Assert.Contains("Export", sent.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BuildAsync_ReadsHistoriesOnlyOfCommitmentsWithCountedEventsInThePeriod()
    {
        var longDelivered = await CreateAsync("Delivered long ago", "2026-11-01");
        await _service.DeliverAsync(WorkspaceId.Playground, longDelivered.Id, "U1");
        await CreateAsync("Elsewhere", "2026-12-01", channel: "C2");
        var recent = await CreateAsync("Delivered this week", "2026-12-20");
        var open = await CreateAsync("Open", "2026-11-26");
        _time.Advance(Now - _time.GetUtcNow() - TimeSpan.FromDays(2));
        await _service.DeliverAsync(WorkspaceId.Playground, recent.Id, "U1");
        _time.Advance(TimeSpan.FromDays(2));

        var reads = _store.HistoryReads;
        var digest = await new DigestService(_store, FixedCheckInSettings.Defaults, _time).BuildAsync(WorkspaceId.Playground, "C1", days: 7);

        Assert.Equal(1, _store.HistoryReads - reads);
        Assert.Equal(1, digest.Numbers.Delivered);
        Assert.Equal(open.Id, Assert.Single(Assert.Single(digest.Sections).Lines).CommitmentId);
    }

    [Fact]
    public async Task BuildAsync_DatesMovedByEditInThePeriod_AreCountedAndTheCustomersApart()
    {
        var moved = await CreateAsync("Moved", "2026-12-20");
        _time.Advance(Now - _time.GetUtcNow() - TimeSpan.FromDays(2));
        await _service.EditAsync(WorkspaceId.Playground, moved.Id, new CommitmentEdit { DueDate = new("2027-01-10"), DueDateReason = DueDateReasons.Customer }, "U1");
        await _service.EditAsync(WorkspaceId.Playground, moved.Id, new CommitmentEdit { DueDate = new("2027-01-20"), DueDateReason = DueDateReasons.Ours }, "U1");
        _time.Advance(TimeSpan.FromDays(2));

        var digest = await new DigestService(_store, FixedCheckInSettings.Defaults, _time).BuildAsync(WorkspaceId.Playground, "C1", days: 7);

        Assert.Equal((1, 1), (digest.Numbers.DatesMoved, digest.Numbers.DatesMovedForCustomer));
    }

    [Fact]
    public async Task BuildAsync_AWarningSentBeforeThePeriodAndNeverAnswered_ListsTheCustomer()
    {
        var warned = await CreateAsync("Warned", "2026-12-20");
        _time.Advance(Now - _time.GetUtcNow() - TimeSpan.FromDays(10));
        await _service.ChangeAsync(WorkspaceId.Playground, warned.Id, (c, at) => c.Record(CommitmentEventKind.WarningSent, "U1", at,
            x => x with { CheckIns = x.CheckIns.OnWarningSent(x.DueDate) }, new Dictionary<string, string> { [DigestEventData.OldDueDate] = "2026-12-20" }));
        _time.Advance(TimeSpan.FromDays(10));

        var digest = await new DigestService(_store, FixedCheckInSettings.Defaults, _time).BuildAsync(WorkspaceId.Playground, "C1", days: 7);

        Assert.Equal(DigestSectionKind.CustomerNotAnswering, Assert.Single(digest.Sections).Kind);
    }

    [Fact]
    public async Task BuildAsync_AWarnedCommitmentThatMeetsAMoreUrgentRule_ListsItThereWithoutReadingItsHistory()
    {
        var warned = await CreateAsync("Warned and at risk", "2026-12-20");
        _time.Advance(Now - _time.GetUtcNow() - TimeSpan.FromDays(10));
        await _service.ChangeAsync(WorkspaceId.Playground, warned.Id, (c, at) => c.Record(CommitmentEventKind.WarningSent, "U1", at,
            x => x with { Health = Health.AtRisk, CheckIns = x.CheckIns.OnWarningSent(x.DueDate) }, new Dictionary<string, string> { [DigestEventData.OldDueDate] = "2026-12-20" }));
        _time.Advance(TimeSpan.FromDays(10));

        var reads = _store.HistoryReads;
        var digest = await new DigestService(_store, FixedCheckInSettings.Defaults, _time).BuildAsync(WorkspaceId.Playground, "C1", days: 7);

        Assert.Equal(0, _store.HistoryReads - reads);
        Assert.Equal(DigestSectionKind.AtRisk, Assert.Single(digest.Sections).Kind);
    }
}
