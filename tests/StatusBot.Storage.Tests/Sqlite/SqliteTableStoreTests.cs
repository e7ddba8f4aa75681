using Microsoft.Data.Sqlite;
using StatusBot.Storage.Sqlite;
using StatusBot.Storage.Tables;
using StatusBot.Storage.Tests.Contract;

namespace StatusBot.Storage.Tests.Sqlite;

public sealed class SqliteTableStoreTests(SqliteStoreFixture fixture) : TableStoreContract, IClassFixture<SqliteStoreFixture>
{
    protected override ITableStore Store => fixture.Store;

    [Fact]
    public void Constructor_MissingDirectory_CreatesIt()
    {
        Assert.True(Directory.Exists(Path.GetDirectoryName(fixture.Store.Path)));
    }

    [Fact]
    public async Task NewStoreOnSameFile_AfterWrites_SeesEverything()
    {
        var name = TablePrefix + Guid.NewGuid().ToString("N");
        var table = await Store.GetTableAsync(name);
        var eTag = await table.InsertAsync(Row("p", "r", ("L", long.MaxValue), ("S", "kept")));
        await InsertManyAsync(table, "q", Enumerable.Range(0, 150).Select(i => $"r{i:D3}"));

        using var reopened = new SqliteTableStore(fixture.Store.Path);
        var again = await reopened.GetTableAsync(name);
        var row = await ReadAsync(again, "p", "r");
        Assert.Equal((eTag, long.MaxValue, "kept"), (row.ETag, (long)row["L"]!, (string)row["S"]!));
        Assert.Equal(150, (await ReadAllAsync(again, "q")).Count);
    }

    [Fact]
    public async Task Store_NewFile_UsesWalJournal()
    {
        await Store.PingAsync();
        await using var connection = new SqliteConnection($"Data Source={fixture.Store.Path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task QueryAsync_ForeignContinuationToken_ThrowsArgumentException()
    {
        var table = await NewTableAsync();
        await Assert.ThrowsAsync<ArgumentException>(() => table.QueryAsync("p", continuationToken: "not-a-token"));
    }
}
