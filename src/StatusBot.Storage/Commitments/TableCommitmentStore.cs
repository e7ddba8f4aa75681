using StatusBot.Core.Chat;
using StatusBot.Core.Commitments;
using StatusBot.Storage.Tables;

namespace StatusBot.Storage.Commitments;

/// <summary>
/// Keeps commitments in two tables. <c>history</c> holds, per commitment, one partition with its head
/// row (the authoritative current state) and its events; a change writes both in one atomic batch, so
/// no event is lost and no state is half-written. <c>commitments</c> holds, per workspace, one partition
/// with a copy of every commitment, for listing, keyed by channel then id, so that a channel's
/// commitments are one range of that partition; each write brings that copy up to date, never back.
/// The concurrency token carries the head's ETag and the key the listed copy is filed under.
/// </summary>
public sealed class TableCommitmentStore : ICommitmentStore
{
    internal const string HistoryTableName = "history";
    internal const string IndexTableName = "commitments";
    internal const string HeadRowKey = "head";
    private const string HeadETag = "HeadETag";

    private readonly ITableStore _store;

    /// <summary>Creates the store over an account of tables.</summary>
    public TableCommitmentStore(ITableStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
    }

    /// <inheritdoc />
    public async Task<Commitment> CreateAsync(Commitment commitment, CommitmentEvent created, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        ArgumentNullException.ThrowIfNull(created);
        if (created.Sequence != 1 || created.Kind != CommitmentEventKind.Created)
        {
            throw new ArgumentException($"A new commitment starts with a Created event of sequence 1, not {created.Kind} {created.Sequence}.", nameof(created));
        }

        var first = commitment with { Version = 1, ConcurrencyToken = null };
        var stored = await WriteHeadAndEventAsync(first, created, TableOperationKind.Insert, eTag: null, cancellationToken);
        return await RefreshIndexAsync(stored, filedUnder: null, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<Commitment> UpdateAsync(Commitment updated, CommitmentEvent change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(updated);
        ArgumentNullException.ThrowIfNull(change);
        if (updated.ConcurrencyToken is null)
        {
            throw new ArgumentException($"Commitment {updated.Id} has no concurrency token: update a copy read from the store.", nameof(updated));
        }

        if (change.Sequence != updated.Version || change.Sequence < 2)
        {
            throw new ArgumentException(
                $"Commitment {updated.Id}: the change's sequence ({change.Sequence}) must equal the new version ({updated.Version}), one more than the version read.",
                nameof(change));
        }

        var (headETag, filedUnder) = IndexRows.ParseToken(updated.ConcurrencyToken);
        var stored = await WriteHeadAndEventAsync(updated, change, TableOperationKind.Replace, headETag, cancellationToken);
        return await RefreshIndexAsync(stored, filedUnder, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<Commitment?> GetAsync(WorkspaceId workspace, string id, CancellationToken cancellationToken = default)
    {
        var history = await _store.GetTableAsync(HistoryTableName, cancellationToken);
        var head = await history.GetAsync(HistoryPartition(workspace, id), HeadRowKey, cancellationToken);
        if (head is null)
        {
            return null;
        }

        var commitment = CommitmentRows.FromRow(head, concurrencyToken: null);
        return commitment with { ConcurrencyToken = IndexRows.Token(head.ETag!, IndexRows.RowKey(commitment.Channel, commitment.Id)) };
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Commitment>> ListAsync(WorkspaceId workspace, CancellationToken cancellationToken = default)
    {
        return await ListAsync(workspace, range: null, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Commitment>> ListByChannelAsync(WorkspaceId workspace, string channel, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channel);
        return await ListAsync(workspace, IndexRows.ChannelRange(channel), cancellationToken);
    }

    private async Task<IReadOnlyList<Commitment>> ListAsync(WorkspaceId workspace, RowKeyRange? range, CancellationToken cancellationToken)
    {
        var index = await _store.GetTableAsync(IndexTableName, cancellationToken);
        var rows = await index.QueryAllAsync(workspace.ToString(), range, cancellationToken);
        return rows.Select(row => CommitmentRows.FromRow(row, IndexRows.Token((string)row[HeadETag]!, row.RowKey))).ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<CommitmentEvent>> GetHistoryAsync(WorkspaceId workspace, string id, CancellationToken cancellationToken = default)
    {
        var history = await _store.GetTableAsync(HistoryTableName, cancellationToken);
        var rows = await history.QueryAllAsync(HistoryPartition(workspace, id), RowKeyRange.Prefix(EventRows.RowKeyPrefix), cancellationToken);
        return rows.Select(EventRows.FromRow).ToList();
    }

    private async Task<Commitment> WriteHeadAndEventAsync(
        Commitment commitment, CommitmentEvent change, TableOperationKind headWrite, string? eTag, CancellationToken cancellationToken)
    {
        var partition = HistoryPartition(commitment.Workspace, commitment.Id);
        var history = await _store.GetTableAsync(HistoryTableName, cancellationToken);
        TableOperation[] batch =
        [
            new(headWrite, CommitmentRows.ToRow(commitment, partition, HeadRowKey), eTag),
            new(TableOperationKind.Insert, EventRows.ToRow(change, partition)),
        ];
        try
        {
            var eTags = await history.ExecuteBatchAsync(batch, cancellationToken);
            return commitment with { ConcurrencyToken = eTags[0] };  // the head's ETag; the index key is added by the refresh
        }
        catch (TableBatchFailedException ex) when (ex.Reason is ETagMismatchException or EntityNotFoundException or EntityAlreadyExistsException)
        {
            throw new CommitmentConflictException(
                $"Commitment {commitment.Id} in {commitment.Workspace} was not written as version {commitment.Version}: {ex.Reason.Message}", ex);
        }
    }

    /// <summary>
    /// Brings the workspace's listed copy up to <paramref name="stored"/> (whose token is still the bare head
    /// ETag), unless a later version got there first, and removes the copy filed under another channel.
    /// Returns the commitment with its full concurrency token.
    /// </summary>
    private async Task<Commitment> RefreshIndexAsync(Commitment stored, string? filedUnder, CancellationToken cancellationToken)
    {
        var index = await _store.GetTableAsync(IndexTableName, cancellationToken);
        var rowKey = IndexRows.RowKey(stored.Channel, stored.Id);
        var row = CommitmentRows.ToRow(stored, stored.Workspace.ToString(), rowKey);
        row[HeadETag] = stored.ConcurrencyToken;
        for (var settled = false; !settled;)
        {
            var existing = await index.GetAsync(stored.Workspace.ToString(), rowKey, cancellationToken);
            try
            {
                if (existing is null)
                {
                    await index.InsertAsync(row, cancellationToken);
                }
                else if (CommitmentRows.Get<long>(existing, "Version") < stored.Version)
                {
                    await index.ReplaceAsync(row, existing.ETag!, cancellationToken);
                }

                settled = true;
            }
            catch (Exception ex) when (ex is EntityAlreadyExistsException or ETagMismatchException or EntityNotFoundException)
            {
                // Another writer moved the copy meanwhile: look again and keep whichever version is later.
            }
        }

        if (filedUnder is not null && filedUnder != rowKey)
        {
            await DeleteIfPresentAsync(index, stored.Workspace, filedUnder, cancellationToken);
        }

        return stored with { ConcurrencyToken = IndexRows.Token(stored.ConcurrencyToken!, rowKey) };
    }

    private static async Task DeleteIfPresentAsync(ITable index, WorkspaceId workspace, string rowKey, CancellationToken cancellationToken)
    {
        try
        {
            await index.DeleteAsync(workspace.ToString(), rowKey, "*", cancellationToken);
        }
        catch (EntityNotFoundException)
        {
            // Already moved by another writer.
        }
    }

    internal static string HistoryPartition(WorkspaceId workspace, string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return workspace + ":" + id;
    }
}
