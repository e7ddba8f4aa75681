using Microsoft.Data.Sqlite;
using StatusBot.Storage.Tables;

namespace StatusBot.Storage.Sqlite;

/// <summary>
/// Applies one write inside a transaction the caller began with BEGIN IMMEDIATE, so no other writer can
/// slip in between a row's ETag check and its update.
/// </summary>
internal sealed class SqliteRowWriter(SqliteConnection connection, SqliteTransaction transaction, string tableName, string sqlName)
{
    public async Task<string> ApplyAsync(TableOperation operation, CancellationToken cancellationToken)
    {
        var row = operation.Row;
        var eTag = operation.ETag ?? "*";
        return operation.Kind switch
        {
            TableOperationKind.Insert => await InsertAsync(row, cancellationToken),
            TableOperationKind.Replace => await UpdateAsync(row, eTag, row.Properties, cancellationToken),
            TableOperationKind.Merge => await MergeAsync(row, eTag, upsert: false, cancellationToken),
            TableOperationKind.UpsertReplace => await UpsertReplaceAsync(row, cancellationToken),
            TableOperationKind.UpsertMerge => await MergeAsync(row, "*", upsert: true, cancellationToken),
            TableOperationKind.Delete => await DeleteAsync(row, eTag, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(operation), operation.Kind, "Unknown operation kind."),
        };
    }

    private async Task<string> InsertAsync(TableRow row, CancellationToken cancellationToken)
    {
        var newETag = NewETag();
        var inserted = await ExecuteAsync(
            $"INSERT INTO \"{sqlName}\" (pk, rk, etag, props) VALUES (@pk, @rk, @etag, @props) ON CONFLICT (pk, rk) DO NOTHING",
            row, newETag, SqlitePropertyCodec.Encode(row.Properties), null, cancellationToken);
        return inserted == 1
            ? newETag
            : throw new EntityAlreadyExistsException($"{TableRowValidator.Where(tableName, row)} already exists.");
    }

    private async Task<string> UpsertReplaceAsync(TableRow row, CancellationToken cancellationToken)
    {
        var newETag = NewETag();
        await ExecuteAsync(
            $"INSERT INTO \"{sqlName}\" (pk, rk, etag, props) VALUES (@pk, @rk, @etag, @props) " +
            "ON CONFLICT (pk, rk) DO UPDATE SET etag = excluded.etag, props = excluded.props",
            row, newETag, SqlitePropertyCodec.Encode(row.Properties), null, cancellationToken);
        return newETag;
    }

    private async Task<string> UpdateAsync(TableRow row, string eTag, IReadOnlyDictionary<string, object> properties, CancellationToken cancellationToken)
    {
        var newETag = NewETag();
        var condition = eTag == "*" ? string.Empty : " AND etag = @old";
        var updated = await ExecuteAsync(
            $"UPDATE \"{sqlName}\" SET etag = @etag, props = @props WHERE pk = @pk AND rk = @rk{condition}",
            row, newETag, SqlitePropertyCodec.Encode(properties), eTag, cancellationToken);
        if (updated == 0)
        {
            await ThrowMissingOrChangedAsync(row, cancellationToken);
        }

        return newETag;
    }

    private async Task<string> MergeAsync(TableRow row, string eTag, bool upsert, CancellationToken cancellationToken)
    {
        var current = await SqliteRowReader.ReadAsync(connection, transaction, sqlName, row.PartitionKey, row.RowKey, cancellationToken);
        if (current is null)
        {
            return upsert
                ? await InsertAsync(row, cancellationToken)
                : throw new EntityNotFoundException($"{TableRowValidator.Where(tableName, row)} does not exist.");
        }

        if (eTag != "*" && !string.Equals(eTag, current.ETag, StringComparison.Ordinal))
        {
            throw new ETagMismatchException($"{TableRowValidator.Where(tableName, row)} has changed: its ETag no longer matches.");
        }

        foreach (var (name, value) in row.Properties)
        {
            current.Properties[name] = value;
        }

        // The merged row must itself respect the limits, as Azure checks the stored entity.
        TableRowValidator.ValidateRow(tableName, current);
        return await UpdateAsync(current, upsert ? "*" : eTag, current.Properties, cancellationToken);
    }

    private async Task<string> DeleteAsync(TableRow row, string eTag, CancellationToken cancellationToken)
    {
        var condition = eTag == "*" ? string.Empty : " AND etag = @old";
        await using var command = Command($"DELETE FROM \"{sqlName}\" WHERE pk = @pk AND rk = @rk{condition}", row);
        command.Parameters.AddWithValue("@old", eTag);
        if (await command.ExecuteNonQueryAsync(cancellationToken) == 0)
        {
            await ThrowMissingOrChangedAsync(row, cancellationToken);
        }

        return string.Empty;
    }

    private async Task ThrowMissingOrChangedAsync(TableRow row, CancellationToken cancellationToken)
    {
        await using var command = Command($"SELECT 1 FROM \"{sqlName}\" WHERE pk = @pk AND rk = @rk", row);
        var exists = await command.ExecuteScalarAsync(cancellationToken) is not null;
        throw exists
            ? new ETagMismatchException($"{TableRowValidator.Where(tableName, row)} has changed: its ETag no longer matches.")
            : new EntityNotFoundException($"{TableRowValidator.Where(tableName, row)} does not exist.");
    }

    private async Task<int> ExecuteAsync(
        string sql, TableRow row, string newETag, byte[] props, string? oldETag, CancellationToken cancellationToken)
    {
        await using var command = Command(sql, row);
        command.Parameters.AddWithValue("@etag", newETag);
        command.Parameters.AddWithValue("@props", props);
        command.Parameters.AddWithValue("@old", oldETag ?? "*");
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private SqliteCommand Command(string sql, TableRow row)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.Parameters.AddWithValue("@pk", SqliteKeys.Encode(row.PartitionKey));
        command.Parameters.AddWithValue("@rk", SqliteKeys.Encode(row.RowKey));
        return command;
    }

    private static string NewETag() => $"W/\"{Guid.NewGuid():N}\"";
}
