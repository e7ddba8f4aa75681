using StatusBot.Core.Chat;
using StatusBot.Core.Commitments;
using StatusBot.Storage.Commitments;
using StatusBot.Storage.Sqlite;
using StatusBot.Storage.Tables;
using StatusBot.Storage.Tests.Sqlite;

namespace StatusBot.Storage.Tests.Commitments;

public sealed class SqliteCommitmentStoreTests(SqliteStoreFixture fixture) : CommitmentStoreContract, IClassFixture<SqliteStoreFixture>
{
    protected override ITableStore Tables => fixture.Store;

    [Fact]
    public async Task ReopeningTheFile_KeepsCommitmentsAndHistory()
    {
        var path = Path.Combine(fixture.Directory, "reopen.db");
        var now = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
        var commitment = new Commitment
        {
            Id = "c1", Workspace = WorkspaceId.Playground, Title = "Pilot", Customer = "Globex", DueDate = new DateOnly(2027, 1, 15),
            TimeZone = "America/New_York", Owner = "U1", Channel = "C1", CustomerDestination = "C2", HealthSince = now, CreatedAt = now,
        };
        using (var first = new SqliteTableStore(path))
        {
            await new TableCommitmentStore(first).CreateAsync(commitment, new CommitmentEvent(1, now, CommitmentEventKind.Created, "U1"));
        }

        using var second = new SqliteTableStore(path);
        var reopened = new TableCommitmentStore(second);

        Assert.Equal("Pilot", (await reopened.GetAsync(WorkspaceId.Playground, "c1"))!.Title);
        Assert.Single(await reopened.ListAsync(WorkspaceId.Playground));
        Assert.Equal(CommitmentEventKind.Created, Assert.Single(await reopened.GetHistoryAsync(WorkspaceId.Playground, "c1")).Kind);
    }
}
