using StatusBot.Core.Chat;
using StatusBot.Core.Commitments;
using StatusBot.Core.Insights;
using StatusBot.Storage.Commitments;
using StatusBot.Storage.Erasure;
using StatusBot.Storage.Tables;

namespace StatusBot.Storage.Tests.Commitments;

/// <summary>
/// A host keeps a workspace's listing and facts it read until their partition's stamp changes: two hosts on one store
/// (two stores over the same tables) must each see the other's writes and erasures on their next read.
/// </summary>
public abstract class KeptListingContract
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 30, 0, TimeSpan.Zero);

    private readonly WorkspaceId _workspace = WorkspaceId.ForSlack("T" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant());

    protected abstract ITableStore Engine { get; }

    private Commitment New(string id) => new()
    {
        Id = id, Workspace = _workspace, Title = "Pilot", Customer = "Globex", DueDate = new DateOnly(2027, 1, 15), TimeZone = "UTC",
        Owner = "U1", Channel = "C1", CustomerDestination = "C2", HealthSince = Now, CreatedAt = Now,
    };

    private static CommitmentEvent Created() => new(1, Now, CommitmentEventKind.Created, "U1");

    [Fact]
    public async Task A_listing_read_again_unchanged_reads_only_the_stamp()
    {
        var tables = new CountingTableStore(Engine);
        var host = new TableCommitmentStore(tables);
        await host.CreateAsync(New("a"), Created());
        await host.CreateAsync(New("b"), Created());
        await host.ListAsync(_workspace);

        tables.Reset();
        var again = await host.ListAsync(_workspace);

        Assert.Equal(["a", "b"], again.Select(c => c.Id).Order(StringComparer.Ordinal));
        Assert.Equal((1, 1), (tables.Reads, tables.RowsRead));
    }

    [Fact]
    public async Task A_listing_kept_by_one_host_shows_another_hosts_create_update_and_erasure()
    {
        var tables = new CountingTableStore(Engine);
        var (reader, writer) = (new TableCommitmentStore(tables), new TableCommitmentStore(tables.SecondHost(Engine)));
        var a = await writer.CreateAsync(New("a"), Created());
        Assert.Single(await reader.ListAsync(_workspace));

        await writer.CreateAsync(New("b"), Created());
        Assert.Equal(2, (await reader.ListAsync(_workspace)).Count);

        await writer.UpdateAsync(a with { Version = 2, Title = "Pilot, moved" }, new CommitmentEvent(2, Now, CommitmentEventKind.Edited, "U1"));
        Assert.Equal("Pilot, moved", (await reader.ListAsync(_workspace)).Single(c => c.Id == "a").Title);

        await new TableWorkspaceEraser(tables.SecondHost(Engine)).EraseAsync(_workspace);
        Assert.Empty(await reader.ListAsync(_workspace));

        await writer.CreateAsync(New("c"), Created());
        Assert.Equal("c", Assert.Single(await reader.ListAsync(_workspace)).Id);
    }

    [Fact]
    public async Task Facts_kept_by_one_host_show_another_hosts_saves_and_erasure()
    {
        var tables = new CountingTableStore(Engine);
        var (reader, writer) = (new TableCommitmentFactsStore(tables), new TableCommitmentFactsStore(tables.SecondHost(Engine)));
        CommitmentFacts Facts(long version) => new("a", "C1", "U1", version, [], new AnswerCounts(0, 0, (int)version, 0));
        await writer.SaveAsync(_workspace, Facts(2));
        Assert.False((await reader.ListAsync(_workspace)).Complete);

        await writer.SaveAsync(_workspace, Facts(3));
        await writer.MarkCompleteAsync(_workspace);
        var read = await reader.ListAsync(_workspace);

        Assert.Equal((3L, true), (Assert.Single(read.Facts).Version, read.Complete));
        await new TableWorkspaceEraser(tables.SecondHost(Engine)).EraseAsync(_workspace);
        Assert.Empty((await reader.ListAsync(_workspace)).Facts);
    }
}

public sealed class SqliteKeptListingTests(Sqlite.SqliteStoreFixture fixture) : KeptListingContract, IClassFixture<Sqlite.SqliteStoreFixture>
{
    protected override ITableStore Engine => fixture.Store;
}

public sealed class AzureKeptListingTests : KeptListingContract
{
    private readonly ITableStore _engine = new global::StatusBot.Storage.AzureTables.AzureTableStore(Azurite.CreateClient());

    protected override ITableStore Engine => _engine;
}
