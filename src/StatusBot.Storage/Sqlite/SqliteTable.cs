using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using StatusBot.Storage.Tables;

namespace StatusBot.Storage.Sqlite;

/// <summary>One table of a <see cref="SqliteTableStore"/>: a SQL table keyed by (pk, rk).</summary>
internal sealed class SqliteTable(SqliteTableStore store, string name, string sqlName, ILogger logger) : ITable
{
    public string Name => name;

    public async Task<TableRow?> GetAsync(string partitionKey, string rowKey, CancellationToken cancellationToken = default)
    {
        TableRowValidator.ValidateKeys(name, partitionKey, rowKey);
        return await store.ReadPointAsync(sqlName, partitionKey, rowKey, cancellationToken);
    }

    public async Task<TablePage> QueryAsync(
        string partitionKey,
        RowKeyRange? range = null,
        int pageSize = 1000,
        string? continuationToken = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(partitionKey);
        TableRowValidator.ValidateKey(name, "partition key", partitionKey);
        TableBatchValidator.ValidatePageSize(pageSize);
        var after = SqliteContinuationToken.Decode(continuationToken);
        await using var connection = await store.OpenAsync(cancellationToken);
        // One row more than asked tells whether another page follows, so the last page has no token.
        var rows = await SqliteRowReader.QueryAsync(connection, sqlName, partitionKey, range, after, pageSize + 1, cancellationToken);
        if (rows.Count <= pageSize)
        {
            return new TablePage(rows, null);
        }

        rows.RemoveAt(pageSize);
        return new TablePage(rows, SqliteContinuationToken.Encode(rows[^1].RowKey));
    }

    public Task<string> InsertAsync(TableRow row, CancellationToken cancellationToken = default) =>
        WriteAsync(new TableOperation(TableOperationKind.Insert, row), cancellationToken);

    public Task<string> ReplaceAsync(TableRow row, string eTag, CancellationToken cancellationToken = default) =>
        WriteAsync(new TableOperation(TableOperationKind.Replace, row, RequireETag(eTag)), cancellationToken);

    public Task<string> MergeAsync(TableRow row, string eTag, CancellationToken cancellationToken = default) =>
        WriteAsync(new TableOperation(TableOperationKind.Merge, row, RequireETag(eTag)), cancellationToken);

    public Task<string> UpsertAsync(TableRow row, bool merge = false, CancellationToken cancellationToken = default) =>
        WriteAsync(new TableOperation(merge ? TableOperationKind.UpsertMerge : TableOperationKind.UpsertReplace, row), cancellationToken);

    public async Task DeleteAsync(string partitionKey, string rowKey, string eTag, CancellationToken cancellationToken = default)
    {
        TableRowValidator.ValidateKeys(name, partitionKey, rowKey);
        var operation = new TableOperation(TableOperationKind.Delete, new TableRow(partitionKey, rowKey), RequireETag(eTag));
        await using var write = await store.BeginWriteAsync(cancellationToken);
        await new SqliteRowWriter(write.Connection, write.Transaction, name, sqlName).ApplyAsync(operation, cancellationToken);
        await write.Transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<string>> ExecuteBatchAsync(
        IReadOnlyList<TableOperation> operations, CancellationToken cancellationToken = default)
    {
        TableBatchValidator.Validate(name, operations);
        if (operations.Count == 0)
        {
            return [];
        }

        await using var write = await store.BeginWriteAsync(cancellationToken);
        var writer = new SqliteRowWriter(write.Connection, write.Transaction, name, sqlName);
        var eTags = new List<string>(operations.Count);
        for (var i = 0; i < operations.Count; i++)
        {
            try
            {
                eTags.Add(await writer.ApplyAsync(operations[i], cancellationToken));
            }
            catch (TableStoreException e) when (e is not TableBatchFailedException)
            {
                // Disposing the transaction uncommitted rolls back the earlier operations.
                Log.BatchRolledBack(logger, name, i);
                throw new TableBatchFailedException(i, e);
            }
        }

        await write.Transaction.CommitAsync(cancellationToken);
        return eTags;
    }

    private async Task<string> WriteAsync(TableOperation operation, CancellationToken cancellationToken)
    {
        TableRowValidator.ValidateRow(name, operation.Row);
        await using var write = await store.BeginWriteAsync(cancellationToken);
        var eTag = await new SqliteRowWriter(write.Connection, write.Transaction, name, sqlName).ApplyAsync(operation, cancellationToken);
        await write.Transaction.CommitAsync(cancellationToken);
        return eTag;
    }


    private static string RequireETag(string eTag)
    {
        ArgumentException.ThrowIfNullOrEmpty(eTag);
        return eTag;
    }
}
