using StatusBot.Core.Chat;
using StatusBot.Core.Commitments;
using StatusBot.Core.Digests;
using StatusBot.Core.Insights;
using StatusBot.Storage.Commitments;
using StatusBot.Storage.Erasure;
using StatusBot.Storage.Tables;

namespace StatusBot.Storage.Tests.Insights;

/// <summary>The commitment facts store on every engine; each test uses a workspace of its own.</summary>
public abstract class CommitmentFactsStoreContract
{
    private static readonly DateTimeOffset At = new(2026, 11, 23, 9, 30, 0, TimeSpan.Zero);

    private readonly WorkspaceId _workspace = WorkspaceId.ForSlack("T" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant());

    protected abstract ITableStore Engine { get; }

    private static CommitmentFacts Facts(string id, long version, params CountedEvent[] counted) =>
        new(id, "C/0456 #ü", "U0123", version, counted, new AnswerCounts(3, 2, 7, 5));

    [Fact]
    public async Task SaveAsync_ThenList_RoundTripsEveryField()
    {
        var store = new TableCommitmentFactsStore(Engine);
        var facts = Facts("a/b?c", 4,
            new(At, CountedEventKind.Warning, -2, Kept: false), new(At.AddDays(1), CountedEventKind.Warning),
            new(At.AddDays(2), CountedEventKind.DateMovedForCustomer), new(At.AddHours(50.5), CountedEventKind.Delivered, Kept: true));

        await store.SaveAsync(_workspace, facts);
        var read = Assert.Single((await store.ListAsync(_workspace)).Facts);

        Assert.Equal(facts with { Counted = [] }, read with { Counted = [] });
        Assert.Equal(facts.Counted, read.Counted);
    }

    [Fact]
    public async Task SaveAsync_OfAnOlderVersion_KeepsTheLater()
    {
        var store = new TableCommitmentFactsStore(Engine);

        await store.SaveAsync(_workspace, Facts("a", 3, new CountedEvent(At, CountedEventKind.MissedSilently)));
        await store.SaveAsync(_workspace, Facts("a", 2));
        await store.SaveAsync(_workspace, Facts("a", 3));

        var read = Assert.Single((await store.ListAsync(_workspace)).Facts);
        Assert.Equal(3, read.Version);
        Assert.Equal(CountedEventKind.MissedSilently, Assert.Single(read.Counted).Kind);
    }

    [Fact]
    public async Task SaveAsync_FromRacingWriters_SettlesOnTheLatestVersion()
    {
        var stores = new[] { new TableCommitmentFactsStore(Engine), new TableCommitmentFactsStore(Engine) };

        await Parallel.ForEachAsync(Enumerable.Range(2, 12), async (version, ct) =>
            await stores[version % 2].SaveAsync(_workspace, Facts("raced", version), ct));

        Assert.Equal(13, Assert.Single((await stores[0].ListAsync(_workspace)).Facts).Version);
    }

    [Fact]
    public async Task ListAsync_ReadsOnlyItsWorkspace()
    {
        var store = new TableCommitmentFactsStore(Engine);
        var other = WorkspaceId.ForTeams(Guid.NewGuid().ToString());

        await store.SaveAsync(_workspace, Facts("mine", 2));
        await store.SaveAsync(other, Facts("theirs", 2));

        Assert.Equal("mine", Assert.Single((await store.ListAsync(_workspace)).Facts).Id);
        Assert.Equal("theirs", Assert.Single((await store.ListAsync(other)).Facts).Id);
    }

    [Fact]
    public async Task SaveAsync_OfFactsTooLongForOneProperty_ListsTheCommitmentAsUnkeptSoReadersJudgeItFromItsHistory()
    {
        var store = new TableCommitmentFactsStore(Engine);
        var many = Enumerable.Range(0, 2_000).Select(i => new CountedEvent(At.AddMinutes(i), CountedEventKind.DateMoved)).ToArray();

        await store.SaveAsync(_workspace, Facts("long", 2_001, many));
        await store.SaveAsync(_workspace, Facts("long", 2_000));
        var kept = await store.ListAsync(_workspace);

        Assert.Empty(kept.Facts);
        Assert.Equal("long", Assert.Single(kept.Unkept));
    }

    [Fact]
    public async Task MarkCompleteAsync_MarksOnlyItsWorkspaceAndListsNoFactsOfItsOwn()
    {
        var store = new TableCommitmentFactsStore(Engine);
        var other = WorkspaceId.ForTeams(Guid.NewGuid().ToString());
        await store.SaveAsync(_workspace, Facts("a", 2));

        var before = await store.ListAsync(_workspace);
        await store.MarkCompleteAsync(_workspace);
        await store.MarkCompleteAsync(_workspace);
        var after = await store.ListAsync(_workspace);

        Assert.False(before.Complete);
        Assert.True(after.Complete);
        Assert.Equal("a", Assert.Single(after.Facts).Id);
        Assert.Empty(after.Unkept);
        Assert.False((await store.ListAsync(other)).Complete);
    }

    [Fact]
    public async Task CommitmentStore_UpdateAsync_KeepsTheFactsOfTheVersionWritten()
    {
        var commitments = new TableCommitmentStore(Engine);
        var c = await commitments.CreateAsync(new Commitment
        {
            Id = "kept", Workspace = _workspace, Title = "Export", Customer = "Acme", DueDate = new DateOnly(2026, 12, 18), TimeZone = "Europe/Berlin",
            Owner = "U1", Channel = "C1", CustomerDestination = "C2", NoticeDays = 3, HealthSince = At, CreatedAt = At,
        }, new CommitmentEvent(1, At, CommitmentEventKind.Created, "U1"));
        // A check-in (brought forward from the creation), a warning (judged from the history), a reminder (brought forward
        // from the row kept) and a delivery by a new owner (judged again).
        c = await commitments.UpdateAsync(c with { Version = 2 }, new CommitmentEvent(2, At.AddHours(1), CommitmentEventKind.CheckInSent, null));
        var warned = new CommitmentEvent(3, At.AddDays(1), CommitmentEventKind.WarningSent, "U1", new Dictionary<string, string> { ["leadTimeWorkingDays"] = "4" });
        c = await commitments.UpdateAsync(c with { Version = 3 }, warned);
        c = await commitments.UpdateAsync(c with { Version = 4 }, new CommitmentEvent(4, At.AddDays(1.5), CommitmentEventKind.Reminded, null));
        var afterReminder = Assert.Single((await new TableCommitmentFactsStore(Engine).ListAsync(_workspace)).Facts);
        c = await commitments.UpdateAsync(c with { Version = 5, Owner = "U2", Status = CommitmentStatus.Delivered },
            new CommitmentEvent(5, At.AddDays(2), CommitmentEventKind.Delivered, "U2"));

        var read = Assert.Single((await new TableCommitmentFactsStore(Engine).ListAsync(_workspace)).Facts);

        var expected = CommitmentFacts.For(c, await commitments.GetHistoryAsync(_workspace, "kept"));
        Assert.Equal(expected with { Counted = [] }, read with { Counted = [] });
        Assert.Equal(expected.Counted, read.Counted);
        Assert.Equal([CountedEventKind.Warning, CountedEventKind.Delivered], read.Counted.Select(e => e.Kind));
        Assert.Equal("U2", read.Owner);
        Assert.Equal((4L, 1, "U1"), (afterReminder.Version, afterReminder.Answers.CheckInsSent, afterReminder.Owner));
        Assert.Equal(1, read.Answers.CheckInsSent);
    }

    [Fact]
    public async Task ListAsync_KeptByOneHost_ShowsAnotherHostsSavesAndErasure()
    {
        var tables = new CountingTableStore(Engine);
        var (reader, writer) = (new TableCommitmentFactsStore(tables), new TableCommitmentFactsStore(tables.SecondHost(Engine)));
        await writer.SaveAsync(_workspace, Facts("a", 2));
        Assert.False((await reader.ListAsync(_workspace)).Complete);

        await writer.SaveAsync(_workspace, Facts("a", 3));
        await writer.MarkCompleteAsync(_workspace);
        var read = await reader.ListAsync(_workspace);

        Assert.Equal((3L, true), (Assert.Single(read.Facts).Version, read.Complete));
        await new TableWorkspaceEraser(tables.SecondHost(Engine)).EraseAsync(_workspace);
        Assert.Empty((await reader.ListAsync(_workspace)).Facts);
    }
}


public sealed class SqliteCommitmentFactsStoreTests(Sqlite.SqliteStoreFixture fixture) : CommitmentFactsStoreContract, IClassFixture<Sqlite.SqliteStoreFixture>
{
    protected override ITableStore Engine => fixture.Store;
}

public sealed class AzureCommitmentFactsStoreTests : CommitmentFactsStoreContract
{
    private readonly ITableStore _engine = new global::StatusBot.Storage.AzureTables.AzureTableStore(Azurite.CreateClient());

    protected override ITableStore Engine => _engine;
}
