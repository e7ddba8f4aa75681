using StatusBot.Core.Answers;
using StatusBot.Core.Chat;
using StatusBot.Storage.Answers;
using StatusBot.Storage.Tables;

namespace StatusBot.Storage.Tests.Answers;

/// <summary>Promise links and their revocation, on every engine; each test has tables of its own.</summary>
public abstract class PromiseLinkStoreContract
{
    private static readonly DateTimeOffset At = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly WorkspaceId Workspace = WorkspaceId.Parse("slack-T1");

    protected abstract ITableStore Engine { get; }

    private static PromiseLink Link(string id, string customer = "Acme <Labs>", WorkspaceId? workspace = null) =>
        new(workspace ?? Workspace, id, customer, "U0OWNER", At, At.AddDays(180));

    [Fact]
    public async Task A_link_reads_back_as_stored_and_only_in_its_own_workspace()
    {
        var links = new TablePromiseLinkStore(new CountingTableStore(Engine));
        await links.CreateAsync(Link("a1"));
        await links.CreateAsync(Link("b2", "Beta"));
        await links.CreateAsync(Link("a1", workspace: WorkspaceId.Parse("slack-T2")) with { Customer = "Other" });

        Assert.Equal(Link("a1"), await links.GetAsync(Workspace, "a1"));
        Assert.Equal(["a1", "b2"], (await links.ListAsync(Workspace)).Select(l => l.Id).Order(StringComparer.Ordinal));
        Assert.Equal("Other", (await links.GetAsync(WorkspaceId.Parse("slack-T2"), "a1"))!.Customer);
        Assert.Null(await links.GetAsync(WorkspaceId.Parse("slack-T3"), "a1"));
    }

    [Fact]
    public async Task A_revocation_holds_for_another_host_and_keeps_the_first_revoker()
    {
        var tables = new CountingTableStore(Engine);
        var first = new TablePromiseLinkStore(tables);
        var other = new TablePromiseLinkStore(tables);
        await first.CreateAsync(Link("a1"));

        var revoked = await first.RevokeAsync(Workspace, "a1", "U0OWNER", At.AddDays(1));
        var again = await other.RevokeAsync(Workspace, "a1", "admin-api", At.AddDays(2));

        Assert.Equal((At.AddDays(1), "U0OWNER"), (revoked!.RevokedAt, revoked.RevokedBy));
        Assert.Equal(revoked, again);
        Assert.Equal(revoked, await other.GetAsync(Workspace, "a1"));
        Assert.Null(await other.RevokeAsync(Workspace, "missing", "U0OWNER", At));
    }
}

public sealed class SqlitePromiseLinkStoreTests(Sqlite.SqliteStoreFixture fixture) : PromiseLinkStoreContract, IClassFixture<Sqlite.SqliteStoreFixture>
{
    protected override ITableStore Engine => fixture.Store;
}

public sealed class AzurePromiseLinkStoreTests : PromiseLinkStoreContract
{
    private readonly ITableStore _engine = new global::StatusBot.Storage.AzureTables.AzureTableStore(Azurite.CreateClient());

    protected override ITableStore Engine => _engine;
}
