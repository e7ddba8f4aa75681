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
    public async Task PointReads_OnConnectionsKeptOpen_SeeAnotherStoresWritesAndLetTheFileGo()
    {
        var path = Path.Combine(Path.GetDirectoryName(fixture.Store.Path)!, Guid.NewGuid().ToString("N") + ".db");
        var (reader, writer) = (new SqliteTableStore(path), new SqliteTableStore(path));
        var (mine, theirs) = (await reader.GetTableAsync("kept"), await writer.GetTableAsync("kept"));
        await theirs.InsertAsync(Row("p", "r", ("S", "one")));
        // More callers at once than connections are kept, so some are closed after and the rest reused.
        Assert.All(await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => mine.GetAsync("p", "r")))), row => Assert.Equal("one", (string)row!["S"]!));

        var row = await ReadAsync(theirs, "p", "r");
        await theirs.ReplaceAsync(Row("p", "r", ("S", "two")), row.ETag!);
        Assert.Equal("two", (string)(await ReadAsync(mine, "p", "r"))["S"]!);
        await theirs.DeleteAsync("p", "r", "*");
        Assert.Null(await mine.GetAsync("p", "r"));

        Assert.Contains(path, OpenFiles());
        reader.Dispose();
        writer.Dispose();
        Assert.DoesNotContain(path, OpenFiles());  // the kept connections are closed with the store
    }

    /// <summary>The files this process holds open (Linux, where the tests run).</summary>
    private static List<string> OpenFiles() =>
        [.. new DirectoryInfo("/proc/self/fd").EnumerateFileSystemInfos().Select(fd => fd.LinkTarget).OfType<string>()];

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
