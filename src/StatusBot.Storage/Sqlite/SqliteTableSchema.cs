using Microsoft.Data.Sqlite;

namespace StatusBot.Storage.Sqlite;

/// <summary>
/// The SQL table behind one store table: <c>(pk, rk, etag, props)</c>, unique by <c>(pk, rk)</c>, the rows kept apart from
/// the key's index. Tables made before were clustered on the key (<c>WITHOUT ROWID</c>), which keeps each row, however
/// large, inside the key's b-tree: a point read walked past other rows' overflow pages, and a write moved large cells
/// about. Such a table is rebuilt once, the first time this version opens it, in the same transaction as the check, so
/// every row and its ETag are kept and two processes never both rebuild it.
/// </summary>
internal static class SqliteTableSchema
{
    private const string Columns = "(pk BLOB NOT NULL, rk BLOB NOT NULL, etag TEXT NOT NULL, props BLOB NOT NULL, UNIQUE (pk, rk))";

    /// <summary>Creates the table, or rebuilds one clustered on its key; true when it rebuilt one. Inside the caller's write transaction.</summary>
    public static async Task<bool> EnsureAsync(SqliteConnection connection, SqliteTransaction transaction, string sqlName, CancellationToken cancellationToken)
    {
        var existing = await ScalarAsync(connection, transaction, "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = @name", sqlName, cancellationToken);
        if (existing is null)
        {
            await ExecuteAsync(connection, transaction, $"CREATE TABLE \"{sqlName}\" {Columns}", cancellationToken);
            return false;
        }

        if (!((string)existing).Contains("WITHOUT ROWID", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var rebuilt = sqlName + "_rebuilt";
        await ExecuteAsync(connection, transaction, $"DROP TABLE IF EXISTS \"{rebuilt}\"", cancellationToken);
        await ExecuteAsync(connection, transaction, $"CREATE TABLE \"{rebuilt}\" {Columns}", cancellationToken);
        await ExecuteAsync(connection, transaction, $"INSERT INTO \"{rebuilt}\" (pk, rk, etag, props) SELECT pk, rk, etag, props FROM \"{sqlName}\" ORDER BY pk, rk", cancellationToken);
        await ExecuteAsync(connection, transaction, $"DROP TABLE \"{sqlName}\"", cancellationToken);
        await ExecuteAsync(connection, transaction, $"ALTER TABLE \"{rebuilt}\" RENAME TO \"{sqlName}\"", cancellationToken);
        return true;
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, SqliteTransaction transaction, string sql, string name, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.Parameters.AddWithValue("@name", name);
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
