using StatusBot.Storage.Sqlite;

namespace StatusBot.Storage.Tests.Sqlite;

/// <summary>A SQLite store in a temporary directory of its own, deleted with the fixture.</summary>
public sealed class SqliteStoreFixture : IDisposable
{
    public SqliteStoreFixture()
    {
        Directory = Path.Combine(Path.GetTempPath(), "statusbot-tests", Guid.NewGuid().ToString("N"));
        Store = new SqliteTableStore(Path.Combine(Directory, "nested", "store.db"));
    }

    public string Directory { get; }

    public SqliteTableStore Store { get; }

    public void Dispose()
    {
        Store.Dispose();
        System.IO.Directory.Delete(Directory, recursive: true);
    }
}
