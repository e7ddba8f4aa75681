using Microsoft.Extensions.Time.Testing;
using StatusBot.Core.Chat;
using StatusBot.Core.Commitments;
using StatusBot.Storage.Commitments;
using StatusBot.Storage.Tables;

namespace StatusBot.Storage.Tests.Commitments;

/// <summary>Listing a person's commitments by the owner index, on every engine; each test has tables of its own.</summary>
public abstract class OwnerIndexContract
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 30, 0, TimeSpan.Zero);
    private static int _next;

    protected abstract ITableStore Engine { get; }

    private static Commitment New(string owner, string channel = "C1") => new()
    {
        Id = $"c{Interlocked.Increment(ref _next):D5}", Workspace = WorkspaceId.Parse("slack-T1"), Title = "Pilot", Customer = "Globex",
        DueDate = new DateOnly(2027, 1, 15), TimeZone = "UTC", Owner = owner, Channel = channel, CustomerDestination = "C2",
        HealthSince = Now, CreatedAt = Now,
    };

    private static CommitmentEvent Event(long sequence) => new(sequence, Now, sequence == 1 ? CommitmentEventKind.Created : CommitmentEventKind.Edited, "U1");

    private static async Task AddOthersAsync(TableCommitmentStore store, int count)
    {
        for (var i = 0; i < count; i++)
        {
            await store.CreateAsync(New("U_OTHER" + (i % 7)), Event(1));
        }
    }

    [Fact]
    public async Task An_owner_and_a_channel_of_256_characters_that_all_need_encoding_are_filed_and_listed()
    {
        var store = new TableCommitmentStore(Engine);
        var (owner, channel) = (new string('?', 256), new string('/', 256));
        var created = await store.CreateAsync(New(owner, channel), Event(1));
        await store.CreateAsync(New(owner[..^1] + "#", channel[..^1] + "#"), Event(1));

        Assert.Equal(created.Id, Assert.Single(await store.ListByOwnerAsync(created.Workspace, owner)).Id);
        Assert.Equal(created.Id, Assert.Single(await store.ListByChannelAsync(created.Workspace, channel)).Id);
        var moved = await store.UpdateAsync(created with { Version = 2, Channel = "C1" }, Event(2));
        Assert.Empty(await store.ListByChannelAsync(created.Workspace, channel));
        Assert.Equal(moved.Id, Assert.Single(await store.ListByOwnerAsync(created.Workspace, owner)).Id);
    }

    [Fact]
    public async Task Listing_by_owner_reads_only_that_owners_rows_however_many_the_workspace_holds()
    {
        var tables = new CountingTableStore(Engine);
        var store = new TableCommitmentStore(tables);
        var mine = new[] { await store.CreateAsync(New("U1"), Event(1)), await store.CreateAsync(New("U1|odd/owner", "C9"), Event(1)) };
        await store.ListByOwnerAsync(mine[0].Workspace, "U1");  // the first listing of a workspace checks it was filed
        var rowsRead = new List<int>();
        foreach (var others in new[] { 10, 50 })
        {
            await AddOthersAsync(store, others);
            var anotherHost = new TableCommitmentStore(tables);
            tables.Reset();
            Assert.Equal(mine[0].Id, Assert.Single(await anotherHost.ListByOwnerAsync(mine[0].Workspace, "U1")).Id);
            Assert.Equal(3, tables.Reads);  // the marker, once per host, the workspace's stamp and the owner's range
            rowsRead.Add(tables.RowsRead);
            tables.Reset();
            Assert.Single(await anotherHost.ListByOwnerAsync(mine[0].Workspace, "U1"));
            Assert.Equal((1, 1), (tables.Reads, tables.RowsRead));  // the stamp: nothing changed, the listing is kept
        }

        Assert.Equal([3, 3], rowsRead);
        Assert.Equal(mine[1].Id, Assert.Single(await store.ListByOwnerAsync(mine[0].Workspace, "U1|odd/owner")).Id);
        Assert.Equal(62, (await store.ListAsync(mine[0].Workspace)).Count);
    }

    [Fact]
    public async Task A_co_owner_finds_the_commitment_by_the_index_until_they_are_dropped()
    {
        var store = new TableCommitmentStore(Engine);
        var created = await store.CreateAsync(New("U1") with { CoOwners = ["U2", "U3"] }, Event(1));

        Assert.Equal(created.Id, Assert.Single(await store.ListByOwnerAsync(created.Workspace, "U2")).Id);
        Assert.Equal(created.Id, Assert.Single(await store.ListByOwnerAsync(created.Workspace, "U3")).Id);

        await store.UpdateAsync(created with { Version = 2, CoOwners = ["U3"] }, Event(2));

        Assert.Empty(await store.ListByOwnerAsync(created.Workspace, "U2"));
        Assert.Equal(["U3"], Assert.Single(await store.ListByOwnerAsync(created.Workspace, "U3")).CoOwners);
        Assert.Single(await store.ListByOwnerAsync(created.Workspace, "U1"));
    }

    [Fact]
    public async Task First_listings_arriving_together_share_one_fill()
    {
        var tables = new CountingTableStore(Engine);
        var created = await new TableCommitmentStore(tables).CreateAsync(New("U1"), Event(1));
        var fresh = new TableCommitmentStore(tables);
        tables.Reset();

        var lists = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => fresh.ListByOwnerAsync(created.Workspace, "U1")));

        Assert.All(lists, list => Assert.Equal(created.Id, Assert.Single(list).Id));
        // The marker and the channel copies' two ranges once, then each listing's stamp and the owner's range (once, or by each
        // listing that looked before the first had kept it).
        Assert.InRange(tables.Reads, 1 + 2 + 5 + 1, 1 + 2 + 5 + 5);
    }

    [Fact]
    public async Task A_new_owner_or_channel_moves_the_owner_row_and_the_listed_copy_still_updates()
    {
        var store = new TableCommitmentStore(new CountingTableStore(Engine));
        var v1 = await store.CreateAsync(New("U1"), Event(1));

        await store.UpdateAsync(v1 with { Owner = "U2", Channel = "C2", Version = 2 }, Event(2));
        var listed = Assert.Single(await store.ListByOwnerAsync(v1.Workspace, "U2"));
        var v3 = await store.UpdateAsync(listed with { Title = "Renamed", Version = 3 }, Event(3));

        Assert.Empty(await store.ListByOwnerAsync(v1.Workspace, "U1"));
        Assert.Equal("Renamed", Assert.Single(await store.ListByOwnerAsync(v1.Workspace, "U2")).Title);
        Assert.Equal("Renamed", Assert.Single(await store.ListAsync(v1.Workspace)).Title);
        Assert.Empty(await store.ListByChannelAsync(v1.Workspace, "C1"));
        Assert.Equal(3, v3.Version);
    }

    [Fact]
    public async Task A_persons_and_a_channels_listing_kept_by_one_host_show_another_hosts_writes()
    {
        var tables = new CountingTableStore(Engine);
        var (reader, writer) = (new TableCommitmentStore(tables), new TableCommitmentStore(tables.SecondHost(Engine)));
        var first = await writer.CreateAsync(New("U1", "C7"), Event(1));
        var workspace = first.Workspace;
        Assert.Single(await reader.ListByOwnerAsync(workspace, "U1"));
        Assert.Single(await reader.ListByChannelAsync(workspace, "C7"));

        var second = await writer.CreateAsync(New("U1", "C7"), Event(1));
        Assert.Equal(2, (await reader.ListByOwnerAsync(workspace, "U1")).Count);
        Assert.Equal(2, (await reader.ListByChannelAsync(workspace, "C7")).Count);

        await writer.UpdateAsync(second with { Title = "Renamed", Version = 2 }, Event(2));
        Assert.Equal("Renamed", (await reader.ListByOwnerAsync(workspace, "U1")).Single(c => c.Id == second.Id).Title);
        Assert.Equal("Renamed", (await reader.ListByChannelAsync(workspace, "C7")).Single(c => c.Id == second.Id).Title);

        // A write to another person and channel of the workspace is read again too, and each listing stays its own.
        await writer.UpdateAsync(first with { Owner = "U2", Channel = "C8", Version = 2 }, Event(2));
        Assert.Equal(second.Id, Assert.Single(await reader.ListByOwnerAsync(workspace, "U1")).Id);
        Assert.Equal(first.Id, Assert.Single(await reader.ListByOwnerAsync(workspace, "U2")).Id);
        Assert.Equal(second.Id, Assert.Single(await reader.ListByChannelAsync(workspace, "C7")).Id);
        Assert.Equal(first.Id, Assert.Single(await reader.ListByChannelAsync(workspace, "C8")).Id);

        tables.Reset();
        Assert.Single(await reader.ListByChannelAsync(workspace, "C7"));
        Assert.Equal((1, 1), (tables.Reads, tables.RowsRead));  // unchanged since: the stamp alone
    }

    [Fact]
    public async Task With_a_listing_trust_a_listing_reads_nothing_for_that_long_another_hosts_write_shows_after_it_and_its_own_at_once()
    {
        var time = new FakeTimeProvider(Now);
        var tables = new CountingTableStore(Engine);
        var host = new TableCommitmentStore(tables, time, TableCommitmentStore.ListingTrust);
        var other = new TableCommitmentStore(tables.SecondHost(Engine));
        var mine = await host.CreateAsync(New("U_TRUST"), Event(1));
        var workspace = mine.Workspace;
        Assert.Single(await host.ListByOwnerAsync(workspace, "U_TRUST"));

        tables.Reset();
        Assert.Single(await host.ListByOwnerAsync(workspace, "U_TRUST"));
        Assert.Equal(0, tables.Reads);  // trusted: not even the stamp

        var theirs = await other.CreateAsync(New("U_TRUST"), Event(1));
        Assert.Equal([mine.Id], (await host.ListByOwnerAsync(workspace, "U_TRUST")).Select(c => c.Id));
        time.Advance(TableCommitmentStore.ListingTrust);
        Assert.Equal([mine.Id, theirs.Id], (await host.ListByOwnerAsync(workspace, "U_TRUST")).Select(c => c.Id).Order());

        var again = await host.UpdateAsync((await host.GetAsync(workspace, mine.Id))! with { Title = "Renamed", Version = 2 }, Event(2));
        Assert.Equal("Renamed", (await host.ListByOwnerAsync(workspace, "U_TRUST")).Single(c => c.Id == again.Id).Title);
        var mineToo = await host.CreateAsync(New("U_TRUST"), Event(1));
        Assert.Equal(3, (await host.ListByOwnerAsync(workspace, "U_TRUST")).Count);
        Assert.Contains(mineToo.Id, (await host.ListAsync(workspace)).Select(c => c.Id));
    }

    [Fact]
    public async Task Commitments_stored_before_the_owner_index_are_filed_on_first_listing_and_stay_current()
    {
        var tables = new CountingTableStore(Engine);
        var store = new TableCommitmentStore(tables);
        var old = await store.CreateAsync(New("U1"), Event(1));
        var moved = await store.CreateAsync(New("U1"), Event(1));
        await AddOthersAsync(store, 3);
        var index = await tables.GetTableAsync(TableCommitmentStore.IndexTableName);
        foreach (var row in await index.QueryAllAsync(old.Workspace.ToString(), RowKeyRange.Prefix(OwnerRows.IndexPrefix)))
        {
            await index.DeleteAsync(row.PartitionKey, row.RowKey, "*");  // as stored before the index existed
        }

        await store.UpdateAsync(moved with { Owner = "U2", Version = 2 }, Event(2));
        var upgraded = new TableCommitmentStore(tables);

        Assert.Equal(old.Id, Assert.Single(await upgraded.ListByOwnerAsync(old.Workspace, "U1")).Id);
        Assert.Equal(moved.Id, Assert.Single(await upgraded.ListByOwnerAsync(old.Workspace, "U2")).Id);
        Assert.Equal(3, (await upgraded.ListByOwnerAsync(old.Workspace, "U_OTHER0")).Count + (await upgraded.ListByOwnerAsync(old.Workspace, "U_OTHER1")).Count + (await upgraded.ListByOwnerAsync(old.Workspace, "U_OTHER2")).Count);
        Assert.Equal(5, (await upgraded.ListAsync(old.Workspace)).Count);
    }
}

public sealed class SqliteOwnerIndexTests(Sqlite.SqliteStoreFixture fixture) : OwnerIndexContract, IClassFixture<Sqlite.SqliteStoreFixture>
{
    protected override ITableStore Engine => fixture.Store;
}

public sealed class AzureOwnerIndexTests : OwnerIndexContract
{
    private readonly ITableStore _engine = new global::StatusBot.Storage.AzureTables.AzureTableStore(Azurite.CreateClient());

    protected override ITableStore Engine => _engine;
}
