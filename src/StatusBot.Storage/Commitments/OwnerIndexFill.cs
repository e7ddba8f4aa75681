using System.Collections.Concurrent;
using StatusBot.Core.Chat;
using StatusBot.Storage.Tables;

namespace StatusBot.Storage.Commitments;

/// <summary>
/// Files the commitments stored before the owner index existed under their owners, once per workspace, then
/// leaves a marker row; a process remembers the workspaces it has seen complete, so after the first look a
/// listing by owner reads nothing more. The fill is shared by the callers that wait for it, so it runs without
/// their cancellation: one caller giving up does not stop it for the others. Each commitment is filed in a batch that rewrites its channel copy
/// at the ETag it was read at, so a copy changed meanwhile (whose writer filed it itself) is left alone, and renews the partition's stamp.
/// </summary>
internal sealed class OwnerIndexFill
{
    /// <summary>A batch holds at most 100 writes: these, and the partition's new stamp.</summary>
    private const int MaxBatch = 99;
    private readonly ConcurrentDictionary<WorkspaceId, Lazy<Task>> _fills = new();

    /// <summary>
    /// Returns once the workspace's owner index is complete. Callers that arrive together share one look (and one fill);
    /// a look that failed is dropped, so the next caller tries again.
    /// </summary>
    public async Task EnsureFilledAsync(ITable index, WorkspaceId workspace, CancellationToken cancellationToken)
    {
        var fill = _fills.GetOrAdd(workspace, w => new Lazy<Task>(() => FillUnlessMarkedAsync(index, w)));
        try
        {
            await fill.Value.WaitAsync(cancellationToken);
        }
        catch (Exception) when (fill.Value.IsFaulted || fill.Value.IsCanceled)
        {
            _fills.TryRemove(new KeyValuePair<WorkspaceId, Lazy<Task>>(workspace, fill));
            throw;
        }
    }

    private static async Task FillUnlessMarkedAsync(ITable index, WorkspaceId workspace)
    {
        var partition = workspace.ToString();
        if (await index.GetAsync(partition, OwnerRows.MarkerRowKey) is not null)
        {
            return;
        }

        foreach (var range in OwnerRows.ChannelCopies)
        {
            await FileAsync(index, await index.QueryAllAsync(partition, range), CancellationToken.None);
        }

        await index.UpsertAsync(new TableRow(partition, OwnerRows.MarkerRowKey) { ["FilledAt"] = "owners" });
    }

    private static async Task FileAsync(ITable index, IReadOnlyList<TableRow> copies, CancellationToken cancellationToken)
    {
        var pending = new List<List<TableOperation>>();
        foreach (var copy in copies)
        {
            List<TableOperation> one = [new(TableOperationKind.Replace, copy, copy.ETag), .. OwnerRows.FileUnder(copy, OwnerRows.OwnersOf(copy))];
            if (pending.Sum(p => p.Count) + one.Count > MaxBatch)
            {
                await ExecuteAsync(index, pending, cancellationToken);
                pending.Clear();
            }

            pending.Add(one);
        }

        await ExecuteAsync(index, pending, cancellationToken);
    }

    /// <summary>Files several commitments in one batch; when one of them changed meanwhile, each on its own.</summary>
    private static async Task ExecuteAsync(ITable index, List<List<TableOperation>> commitments, CancellationToken cancellationToken)
    {
        if (commitments.Count == 0)
        {
            return;
        }

        try
        {
            // Renewing the stamp keeps every listing a host holds of the partition honest, as every other write of its copies does.
            var partition = commitments[0][0].Row.PartitionKey;
            await index.ExecuteBatchAsync([.. commitments.SelectMany(c => c), PartitionStamp.Renew(partition)], cancellationToken);
        }
        catch (TableBatchFailedException) when (commitments.Count > 1)
        {
            foreach (var one in commitments)
            {
                await ExecuteAsync(index, [one], cancellationToken);
            }
        }
        catch (TableBatchFailedException ex) when (ex.Reason is ETagMismatchException or EntityNotFoundException)
        {
            // Changed or moved since it was read: the writer that did it filed it under its owners.
        }
    }
}
