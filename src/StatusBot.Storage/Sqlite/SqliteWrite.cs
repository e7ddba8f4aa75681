using Microsoft.Data.Sqlite;

namespace StatusBot.Storage.Sqlite;

/// <summary>A write transaction and its connection, holding the store's writer turn until disposed (uncommitted: rolled back).</summary>
internal sealed class SqliteWrite(SqliteConnection connection, SqliteTransaction transaction, SemaphoreSlim turn) : IAsyncDisposable
{
    public SqliteConnection Connection => connection;

    public SqliteTransaction Transaction => transaction;

    public async ValueTask DisposeAsync()
    {
        try
        {
            await transaction.DisposeAsync();
            await connection.DisposeAsync();
        }
        finally
        {
            turn.Release();
        }
    }
}
