using Microsoft.Data.Sqlite;
using StatusBot.Storage.Tables;

namespace StatusBot.Storage.Sqlite;

/// <summary>
/// An open connection kept for point reads, with each table's read prepared once: parsing and planning the statement
/// cost more than the read itself. One caller at a time; <see cref="SqliteTableStore"/> lends it out.
/// </summary>
internal sealed class SqlitePointReader(SqliteConnection connection) : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    public async Task<TableRow?> ReadAsync(string sqlName, string partitionKey, string rowKey, CancellationToken cancellationToken)
    {
        if (!_commands.TryGetValue(sqlName, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = SqliteRowReader.PointQuery(sqlName);
            command.Parameters.Add("@pk", SqliteType.Blob);
            command.Parameters.Add("@rk", SqliteType.Blob);
            _commands[sqlName] = command;
        }

        command.Parameters[0].Value = SqliteKeys.Encode(partitionKey);
        command.Parameters[1].Value = SqliteKeys.Encode(rowKey);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? SqliteRowReader.ToRow(reader, partitionKey) : null;
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        connection.Dispose();
    }
}
