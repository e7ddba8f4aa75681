using StatusBot.Core.Chat;
using StatusBot.Core.Workspaces;
using StatusBot.Storage.Commitments;
using StatusBot.Storage.Conversations;
using StatusBot.Storage.People;
using StatusBot.Storage.Slips;
using StatusBot.Storage.Tables;

namespace StatusBot.Storage.Erasure;

/// <summary>
/// Erases a workspace partition by partition, in batches of at most 100 deletes: first each commitment's history
/// partition, then the workspace's partitions of the commitments, slips, commitment facts, people, workspaces and sent-message tables. The listing is
/// deleted after the histories, so a run that fails part-way finds the rest again next time. Nothing of another
/// workspace is read: every partition named starts with the workspace's id.
/// </summary>
public sealed class TableWorkspaceEraser(ITableStore store) : IWorkspaceEraser
{
    /// <inheritdoc />
    public async Task<WorkspaceErasure> EraseAsync(WorkspaceId workspace, CancellationToken cancellationToken = default)
    {
        var partition = workspace.ToString();
        var index = await store.GetTableAsync(TableCommitmentStore.IndexTableName, cancellationToken);
        var ids = (await index.QueryAllAsync(partition, cancellationToken: cancellationToken))
            .Select(row => row["Id"] as string)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var history = await store.GetTableAsync(TableCommitmentStore.HistoryTableName, cancellationToken);
        var events = 0;
        foreach (var id in ids)
        {
            var rows = await history.QueryAllAsync(TableCommitmentStore.HistoryPartition(workspace, id), cancellationToken: cancellationToken);
            events += rows.Count(row => row.RowKey.StartsWith(EventRows.RowKeyPrefix, StringComparison.Ordinal));
            await DeleteAsync(history, rows, cancellationToken);
        }

        await DeletePartitionAsync(TableSlipStore.TableName, partition, cancellationToken);
        foreach (var kept in new[] { TableCommitmentFactsStore.TableName, TableCommitmentStore.IndexTableName })
        {
            await DeletePartitionAsync(kept, partition, cancellationToken);
            // Hosts keep what they read of these: dropping the stamp once more (whichever a reader gave it meanwhile) makes them read again.
            await PartitionStamp.DropAsync(await store.GetTableAsync(kept, cancellationToken), partition, cancellationToken);
        }

        var people = await DeletePartitionAsync(TablePeopleDirectory.TableName, partition, cancellationToken);
        var settings = await DeletePartitionAsync(WorkspaceTable.Name, partition, cancellationToken);
        var receipts = await DeletePartitionAsync(TableSentMessageLog.TableName, partition, cancellationToken);
        return new WorkspaceErasure(ids.Count, events, people, settings, receipts);
    }

    private async Task<int> DeletePartitionAsync(string tableName, string partition, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(tableName, cancellationToken);
        var rows = await table.QueryAllAsync(partition, cancellationToken: cancellationToken);
        await DeleteAsync(table, rows, cancellationToken);
        return rows.Count;
    }

    private static async Task DeleteAsync(ITable table, IReadOnlyList<TableRow> rows, CancellationToken cancellationToken)
    {
        foreach (var chunk in rows.Chunk(TableLimits.MaxBatchOperations))
        {
            await table.ExecuteBatchAsync(
                [.. chunk.Select(row => new TableOperation(TableOperationKind.Delete, new TableRow(row.PartitionKey, row.RowKey), row.ETag))],
                cancellationToken);
        }
    }
}
