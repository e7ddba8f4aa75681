using StatusBot.Core.Chat;
using StatusBot.Storage.Conversations;
using StatusBot.Storage.Tables;

namespace StatusBot.Storage.Tests.Conversations;

/// <summary>The sent-message log on every engine; each test has tables of its own.</summary>
public abstract class SentMessageLogContract
{
    protected abstract ITableStore Engine { get; }

    [Fact]
    public async Task RecordAsync_ThenFind_ReturnsTheReceiptForThatWorkspaceOnly()
    {
        var log = new TableSentMessageLog(new CountingTableStore(Engine));
        var sent = new SentMessage(ChatAddress.ToUser(WorkspaceId.Parse("slack-T1"), "U1"), "1700000000.000100", "D01");

        await log.RecordAsync("slack-T1/c1/v3/CheckIn/2026-12-18/None/0", sent);

        Assert.Equal(sent, await log.FindAsync(WorkspaceId.Parse("slack-T1"), "slack-T1/c1/v3/CheckIn/2026-12-18/None/0"));
        Assert.Null(await log.FindAsync(WorkspaceId.Parse("slack-T2"), "slack-T1/c1/v3/CheckIn/2026-12-18/None/0"));
        Assert.Null(await log.FindAsync(WorkspaceId.Parse("slack-T1"), "slack-T1/c1/v4/CheckIn/2026-12-18/None/0"));
    }

    [Fact]
    public async Task RecordAsync_SameKeyTwice_KeepsTheFirstReceipt()
    {
        var log = new TableSentMessageLog(new CountingTableStore(Engine));
        var first = new SentMessage(ChatAddress.ToChannel(WorkspaceId.Playground, "C1"), "m1", "C1");

        await log.RecordAsync("k?#/\\", first);
        await log.RecordAsync("k?#/\\", first with { MessageId = "m2" });

        Assert.Equal("m1", (await log.FindAsync(WorkspaceId.Playground, "k?#/\\"))!.MessageId);
    }
}

public sealed class SqliteSentMessageLogTests(Sqlite.SqliteStoreFixture fixture) : SentMessageLogContract, IClassFixture<Sqlite.SqliteStoreFixture>
{
    protected override ITableStore Engine => fixture.Store;
}

public sealed class AzureSentMessageLogTests : SentMessageLogContract
{
    private readonly ITableStore _engine = new global::StatusBot.Storage.AzureTables.AzureTableStore(Azurite.CreateClient());

    protected override ITableStore Engine => _engine;
}
