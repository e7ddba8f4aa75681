using StatusBot.Core.Commitments;
using StatusBot.Storage.Tables;

namespace StatusBot.Storage.Commitments;

/// <summary>
/// Brings a commitment's listed copies (its channel's copy and the owner index) forward after each write, never back. A
/// copy this host wrote last is replaced under the ETag it kept (<see cref="ListedCopyTags"/>); any other is read first.
/// </summary>
internal sealed class ListedCopyRefresh(ITableStore store)
{
    /// <summary>The listed copies this host wrote last, so the next write need not read them (about 200 bytes each).</summary>
    private readonly ListedCopyTags _copies = new(capacity: 20_000);

    /// <summary>
    /// Brings the workspace's listed copies up to <paramref name="stored"/> (whose token is still the bare head
    /// ETag), unless a later version got there first: the channel copy, the copy filed under another channel
    /// before (removed) and the owner index, all in one atomic batch guarded by the copies' ETags.
    /// Returns the commitment with its full concurrency token.
    /// </summary>
    public async Task<Commitment> RefreshAsync(Commitment stored, string? filedUnder, CancellationToken cancellationToken)
    {
        var index = await store.GetTableAsync(TableCommitmentStore.IndexTableName, cancellationToken);
        var rowKey = IndexRows.RowKey(stored.Channel, stored.Id);
        var row = CommitmentRows.ToRow(stored, stored.Workspace.ToString(), rowKey);
        row[TableCommitmentStore.HeadETag] = stored.ConcurrencyToken;
        var movedFrom = filedUnder is not null && filedUnder != rowKey ? filedUnder : null;
        var owners = OwnerRows.OwnersOf(stored);
        if (movedFrom is not null || !await TryRefreshAsWrittenAsync(index, row, stored, owners, cancellationToken))
        {
            await RefreshAsReadAsync(index, row, stored, owners, movedFrom, cancellationToken);
        }

        return stored with { ConcurrencyToken = IndexRows.Token(stored.ConcurrencyToken!, rowKey) };
    }

    /// <summary>
    /// Brings the copy forward from the version this host wrote last, without reading it: the ETag this host kept guards
    /// the replace. False when this host does not know the copy as it is now (never wrote it, someone wrote it since, its
    /// owners change): then it is read.
    /// </summary>
    private async Task<bool> TryRefreshAsWrittenAsync(ITable index, TableRow row, Commitment stored, IReadOnlySet<string> owners, CancellationToken cancellationToken)
    {
        if (_copies.Find(stored.Workspace, stored.Id) is not { } known || known.RowKey != row.RowKey || !known.Owners.SetEquals(owners))
        {
            return false;
        }

        if (known.Version >= stored.Version)
        {
            return true; // a later version is filed already, and copies never go back
        }

        try
        {
            List<TableOperation> batch = [new(TableOperationKind.Replace, row, known.ETag), .. OwnerRows.FileUnder(row, owners), PartitionStamp.Renew(row.PartitionKey)];
            var eTags = await index.ExecuteBatchAsync(batch, cancellationToken);
            _copies.Remember(stored.Workspace, stored.Id, new ListedCopyTags.Tag(row.RowKey, stored.Version, owners, eTags[0]));
            return true;
        }
        catch (TableBatchFailedException ex) when (ex.Reason is ETagMismatchException or EntityNotFoundException)
        {
            _copies.Forget(stored.Workspace, stored.Id); // written elsewhere since: read it
            return false;
        }
    }

    private async Task RefreshAsReadAsync(
        ITable index, TableRow row, Commitment stored, IReadOnlySet<string> owners, string? movedFrom, CancellationToken cancellationToken)
    {
        for (var settled = false; !settled;)
        {
            var batch = await PlanRefreshAsync(index, row, stored.Version, owners, movedFrom, cancellationToken);
            try
            {
                if (batch.Count > 0)
                {
                    var eTags = await index.ExecuteBatchAsync(batch, cancellationToken);
                    _copies.Remember(stored.Workspace, stored.Id, new ListedCopyTags.Tag(row.RowKey, stored.Version, owners, eTags[0]));
                }

                settled = true;
            }
            catch (TableBatchFailedException ex) when (ex.Reason is EntityAlreadyExistsException or ETagMismatchException or EntityNotFoundException)
            {
                // Another writer moved the copies meanwhile: look again and keep whichever version is later.
            }
        }
    }

    /// <summary>The writes that file <paramref name="row"/>; none when a later version is filed already (its writer files its owners).</summary>
    private static async Task<List<TableOperation>> PlanRefreshAsync(
        ITable index, TableRow row, long version, IReadOnlySet<string> owners, string? movedFrom, CancellationToken cancellationToken)
    {
        var existing = await index.GetAsync(row.PartitionKey, row.RowKey, cancellationToken);
        var old = movedFrom is null ? null : await index.GetAsync(row.PartitionKey, movedFrom, cancellationToken);
        if ((existing is not null && VersionOf(existing) >= version) || (old is not null && VersionOf(old) >= version))
        {
            return [];
        }

        List<TableOperation> batch = [existing is null ? new(TableOperationKind.Insert, row) : new(TableOperationKind.Replace, row, existing.ETag)];
        if (old is not null)
        {
            batch.Add(new(TableOperationKind.Delete, new TableRow(row.PartitionKey, old.RowKey), old.ETag));
        }

        batch.AddRange(OwnerRows.FileUnder(row, owners));
        batch.Add(PartitionStamp.Renew(row.PartitionKey));
        if ((old ?? existing) is { } previous)
        {
            // An owner no longer among the owners: take the copy filed under them away (it may predate the index).
            foreach (var gone in OwnerRows.OwnersOf(previous).Except(owners))
            {
                var filed = await index.GetAsync(row.PartitionKey, OwnerRows.RowKey(gone, CommitmentRows.Get<string>(row, "Id")), cancellationToken);
                if (filed is not null)
                {
                    batch.Add(new(TableOperationKind.Delete, new TableRow(row.PartitionKey, filed.RowKey), filed.ETag));
                }
            }
        }

        return batch;
    }

    private static long VersionOf(TableRow copy) => CommitmentRows.Get<long>(copy, "Version");
}
