using Microsoft.Extensions.Time.Testing;
using StatusBot.Core.Chat;
using StatusBot.Core.CheckIns;
using StatusBot.Core.Commitments;
using StatusBot.Core.Digests;
using StatusBot.Core.Insights;
using StatusBot.Core.Tests.Fakes;

namespace StatusBot.Core.Tests.Insights;

public sealed class InsightServiceTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(Now.AddDays(-60));
    private readonly InMemoryCommitmentStore _store = new();
    private readonly InMemoryCommitmentFactsStore _facts = new();
    private readonly CommitmentService _service;

    public InsightServiceTests() => _service = new CommitmentService(_store, new CheckInPlanning(new InMemoryWakeUpSchedule(), _time), _time);

    private async Task SeedAsync(TimeSpan beforeNow = default)
    {
        for (var i = 0; i < 4; i++)
        {
            var c = (await _service.CreateAsync(WorkspaceId.Playground, new CommitmentInput("Export " + i, "Acme", "2026-11-10", "UTC", "U" + (i % 2), "C" + (i % 2), "C9"), "U1")).Value!;
            _time.Advance(TimeSpan.FromDays(3));
            if (i < 3)
            {
                await _service.DeliverAsync(WorkspaceId.Playground, c.Id, "U1");
            }
        }

        _time.Advance(Now - beforeNow - _time.GetUtcNow());
    }

    [Fact]
    public async Task TrendsAsync_OfAWorkspaceWithoutKeptFacts_JudgesThemOnceFromTheHistoriesAndKeepsThem()
    {
        await SeedAsync();
        var insights = new InsightService(_store, _facts, new DigestService(_store, FixedCheckInSettings.Defaults, _time), _time);
        var all = await _store.ListAsync(WorkspaceId.Playground);
        var histories = new Dictionary<string, IReadOnlyList<CommitmentEvent>>();
        foreach (var c in all)
        {
            histories[c.Id] = await _store.GetHistoryAsync(WorkspaceId.Playground, c.Id);
        }

        var (reads, listings) = (_store.HistoryReads, _store.WholeListings);
        var first = await insights.TrendsAsync(WorkspaceId.Playground, 3);
        var (firstReads, firstListings) = (_store.HistoryReads - reads, _store.WholeListings - listings);
        var second = await insights.TrendsAsync(WorkspaceId.Playground, 3);
        var people = await insights.CalibrationAsync(WorkspaceId.Playground);

        var expected = TrendBuilder.Build(all, histories, Now, 3);
        Assert.Equal((3, 1), (firstReads, firstListings)); // the one never changed since its creation needs no reading
        Assert.Equal((firstReads, firstListings), (_store.HistoryReads - reads, _store.WholeListings - listings));
        Assert.Equal(expected.Months, first.Months);
        Assert.Equal(expected.Months, second.Months);
        Assert.Equal(expected.Channels, second.Channels);
        Assert.Equal(3, second.Months.Sum(m => m.Numbers.Delivered));
        Assert.Equal(Calibration.For([.. all.Where(c => c.Version > 1)], histories), people);
    }

    [Fact]
    public async Task NowAsync_GivesTheDigestOfEveryHistory_ReadingOnlyTheHistoriesOfWarnedCommitments()
    {
        await SeedAsync(beforeNow: TimeSpan.FromDays(3));
        var warned = (await _service.CreateAsync(WorkspaceId.Playground, new CommitmentInput("Warned", "Acme", "2026-12-20", "UTC", "U1", "C1", "C9"), "U1")).Value!;
        await _service.ChangeAsync(WorkspaceId.Playground, warned.Id, (c, at) => c.Record(CommitmentEventKind.WarningSent, "U1", at,
            x => x with { CheckIns = x.CheckIns.OnWarningSent(x.DueDate) },
            new Dictionary<string, string> { [DigestEventData.OldDueDate] = "2026-12-20", [DigestEventData.LeadTimeWorkingDays] = "12" }));
        var delivered = (await _service.CreateAsync(WorkspaceId.Playground, new CommitmentInput("Delivered", "Acme", "2026-12-20", "UTC", "U1", "C1", "C9"), "U1")).Value!;
        await _service.DeliverAsync(WorkspaceId.Playground, delivered.Id, "U1");
        _time.Advance(TimeSpan.FromDays(3));
        var digests = new DigestService(_store, FixedCheckInSettings.Defaults, _time);
        var insights = new InsightService(_store, _facts, digests, _time);
        await insights.TrendsAsync(WorkspaceId.Playground, 1); // keeps the facts, as the commitment store does on each write

        var reads = _store.HistoryReads;
        var now = await insights.NowAsync(WorkspaceId.Playground, 7);
        var nowReads = _store.HistoryReads - reads;
        var expected = await digests.BuildForWorkspaceAsync(WorkspaceId.Playground, 7);

        Assert.Equal(1, nowReads);
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(expected), System.Text.Json.JsonSerializer.Serialize(now));
        Assert.Equal((1, 1), (now.Numbers.WarningsSent, now.Numbers.Delivered));
        Assert.Equal(warned.Id, Assert.Single(now.Warnings).CommitmentId);
    }
}
