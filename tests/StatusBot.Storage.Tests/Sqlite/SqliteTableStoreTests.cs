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

    [Fact]
    public async Task A_table_made_clustered_on_its_key_is_rebuilt_once_keeping_every_row_and_etag()
    {
        var path = Path.Combine(Path.GetDirectoryName(fixture.Store.Path)!, Guid.NewGuid().ToString("N") + ".db");
        string eTag;
        using (var before = new SqliteTableStore(path))
        {
            var table = await before.GetTableAsync("kept");
            eTag = await table.InsertAsync(Row("p", "r", ("S", "one"), ("L", 42L)));
            await InsertManyAsync(table, "q", Enumerable.Range(0, 150).Select(i => $"r{i:D3}"));
        }

        // As an earlier version made it: the same columns, clustered on (pk, rk).
        await ExecuteAsync(path,
            "CREATE TABLE old (pk BLOB NOT NULL, rk BLOB NOT NULL, etag TEXT NOT NULL, props BLOB NOT NULL, PRIMARY KEY (pk, rk)) WITHOUT ROWID; " +
            "INSERT INTO old SELECT pk, rk, etag, props FROM t_kept; DROP TABLE t_kept; ALTER TABLE old RENAME TO t_kept;");
        Assert.Contains("WITHOUT ROWID", await SchemaAsync(path));

        using var after = new SqliteTableStore(path);
        var rebuilt = await after.GetTableAsync("kept");

        Assert.DoesNotContain("WITHOUT ROWID", await SchemaAsync(path));
        var row = await ReadAsync(rebuilt, "p", "r");
        Assert.Equal((eTag, "one", 42L), (row.ETag, (string)row["S"]!, (long)row["L"]!));
        Assert.Equal(150, (await ReadAllAsync(rebuilt, "q")).Count);
        await rebuilt.ReplaceAsync(Row("p", "r", ("S", "two")), eTag); // the ETag read before still guards the row
        await Assert.ThrowsAsync<EntityAlreadyExistsException>(() => rebuilt.InsertAsync(Row("p", "r", ("S", "three"))));
        using var third = new SqliteTableStore(path);
        Assert.Equal("two", (string)(await ReadAsync(await third.GetTableAsync("kept"), "p", "r"))["S"]!);
    }

    private static async Task ExecuteAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<string> SchemaAsync(string path)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT sql FROM sqlite_master WHERE name = 't_kept'";
        return (string)(await command.ExecuteScalarAsync())!;
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
