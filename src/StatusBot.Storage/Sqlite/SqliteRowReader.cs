using Microsoft.Data.Sqlite;
using StatusBot.Storage.Tables;

namespace StatusBot.Storage.Sqlite;

/// <summary>Reads rows back from a table's SQL table.</summary>
internal static class SqliteRowReader
{
    public static async Task<TableRow?> ReadAsync(
        SqliteConnection connection, SqliteTransaction? transaction, string sqlName, string partitionKey, string rowKey,
        CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = PointQuery(sqlName);
        command.Parameters.AddWithValue("@pk", SqliteKeys.Encode(partitionKey));
        command.Parameters.AddWithValue("@rk", SqliteKeys.Encode(rowKey));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ToRow(reader, partitionKey) : null;
    }

    /// <summary>The statement that reads one row by its keys, <c>@pk</c> and <c>@rk</c>.</summary>
    public static string PointQuery(string sqlName) => $"SELECT rk, etag, props FROM \"{sqlName}\" WHERE pk = @pk AND rk = @rk";

    /// <summary>Reads up to <paramref name="limit"/> rows of a partition after <paramref name="after"/>, in key order.</summary>
    public static async Task<List<TableRow>> QueryAsync(
        SqliteConnection connection, string sqlName, string partitionKey, RowKeyRange? range, string? after, int limit,
        CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        var sql = $"SELECT rk, etag, props FROM \"{sqlName}\" WHERE pk = @pk";
        command.Parameters.AddWithValue("@pk", SqliteKeys.Encode(partitionKey));
        if (range?.From is { } from)
        {
            sql += " AND rk >= @from";
            command.Parameters.AddWithValue("@from", SqliteKeys.Encode(from));
        }

        if (range?.To is { } to)
        {
            sql += " AND rk < @to";
            command.Parameters.AddWithValue("@to", SqliteKeys.Encode(to));
        }

        if (after is not null)
        {
            sql += " AND rk > @after";
            command.Parameters.AddWithValue("@after", SqliteKeys.Encode(after));
        }

        command.CommandText = sql + " ORDER BY rk LIMIT @limit";
        command.Parameters.AddWithValue("@limit", limit);
        var rows = new List<TableRow>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(ToRow(reader, partitionKey));
        }

        return rows;
    }

    public static TableRow ToRow(SqliteDataReader reader, string partitionKey)
    {
        var row = new TableRow(partitionKey, SqliteKeys.Decode((byte[])reader.GetValue(0))) { ETag = reader.GetString(1) };
        SqlitePropertyCodec.Decode((byte[])reader.GetValue(2), row.Properties);
        return row;
    }
}
