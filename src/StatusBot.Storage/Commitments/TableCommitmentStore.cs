using StatusBot.Core.Chat;
using StatusBot.Core.Commitments;
using StatusBot.Core.Insights;
using StatusBot.Storage.Tables;

namespace StatusBot.Storage.Commitments;

/// <summary>
/// Keeps commitments in two tables. <c>history</c> holds, per commitment, one partition with its head
/// row (the authoritative current state) and its events; a change writes both in one atomic batch, so
/// no event is lost and no state is half-written. <c>commitments</c> holds, per workspace, one partition
/// with a copy of every commitment, for listing, keyed by channel then id, so that a channel's
/// commitments are one range of that partition, and one more copy per owner (<see cref="OwnerRows"/>), so that
/// a person's commitments are another; each write brings those copies up to date, never back, after the
/// commitment's facts for the dashboard (<see cref="TableCommitmentFactsStore"/>), and renews the partition's
/// <see cref="PartitionStamp"/> with them, so a host keeps a workspace's whole listing, a channel's and a person's until a
/// write to the workspace changes it (on any host: each listing first reads the stamp).
/// The concurrency token carries the head's ETag and the key the listed copy is filed under.
/// </summary>
public sealed class TableCommitmentStore : ICommitmentStore
{
    internal const string HistoryTableName = "history";
    internal const string IndexTableName = "commitments";
    internal const string HeadRowKey = "head";
    internal const string HeadETag = "HeadETag";

    /// <summary>
    /// How long the host trusts a listing whose workspace stamp it found current, without reading the stamp again: a
    /// chat command reads no row at all in that time, and another host's write shows at most this late.
    /// </summary>
    public static readonly TimeSpan ListingTrust = TimeSpan.FromMilliseconds(100);

    private readonly ITableStore _store;
    private readonly OwnerIndexFill _ownerIndex = new();
    private readonly TableCommitmentFactsStore _facts;

    /// <summary>Each workspace's listing as this host last read it; a few workspaces' worth (thousands of commitments each).</summary>
    private readonly StampedCache<IReadOnlyList<Commitment>> _listings;

    private readonly ListedCopyRefresh _copies;

    /// <summary>Channels' listings as this host last read them (a digest lists one), kept the same way.</summary>
    private readonly StampedCache<IReadOnlyList<Commitment>> _channels;

    /// <summary>People's listings as this host last read them (each chat command lists the actor's own), kept the same way.</summary>
    private readonly StampedCache<IReadOnlyList<Commitment>> _owners;

    /// <summary>
    /// Creates the store over an account of tables. With <paramref name="trustListingsFor"/> above zero, a listing
    /// found current is served for that long without reading its workspace's stamp again: another host's write is seen
    /// at most that late, and this store's own writes at once.
    /// </summary>
    public TableCommitmentStore(ITableStore store, TimeProvider? time = null, TimeSpan trustListingsFor = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentOutOfRangeException.ThrowIfLessThan(trustListingsFor, TimeSpan.Zero);
        _store = store;
        _listings = new(capacity: 16, time, trustListingsFor);
        _channels = new(capacity: 64, time, trustListingsFor);
        _owners = new(capacity: 1024, time, trustListingsFor);
        _facts = new TableCommitmentFactsStore(store);
        _copies = new ListedCopyRefresh(store);
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
        try
        {
            return await _copies.RefreshAsync(stored, filedUnder: null, cancellationToken);
        }
        finally
        {
            Wrote();
        }
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
        try
        {
            await KeepFactsAsync(stored, change, cancellationToken);
            return await _copies.RefreshAsync(stored, filedUnder, cancellationToken);
        }
        finally
        {
            Wrote();
        }
    }

    /// <summary>The listings this host keeps check their stamps again before they are trusted: a write of this store is seen at once.</summary>
    private void Wrote()
    {
        _listings.Invalidate();
        _channels.Invalidate();
        _owners.Invalidate();
    }

    /// <summary>
    /// Judges the commitment's facts at the version just written, from its history up to that version (a later writer's
    /// events are its own to judge), and keeps them unless a later version's are kept already. Written before the listed
    /// copy, so facts are never behind the listing; a crash between the head and this leaves both behind until the
    /// commitment's next change, as it leaves the listing today.
    /// </summary>
    private async Task KeepFactsAsync(Commitment stored, CommitmentEvent change, CancellationToken cancellationToken)
    {
        if (!await _facts.TryAdvanceAsync(stored, change, cancellationToken))
        {
            var history = await GetHistoryAsync(stored.Workspace, stored.Id, cancellationToken);
            await _facts.SaveAsync(stored.Workspace, CommitmentFacts.For(stored, [.. history.Where(e => e.Sequence <= stored.Version)]), cancellationToken);
        }
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
        var index = await _store.GetTableAsync(IndexTableName, cancellationToken);
        return await _listings.GetAsync(index, workspace.ToString(), async () =>
            (await ListAsync(workspace, OwnerRows.ChannelCopies, cancellationToken)).AsReadOnly(), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Commitment>> ListByChannelAsync(WorkspaceId workspace, string channel, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channel);
        var index = await _store.GetTableAsync(IndexTableName, cancellationToken);
        return await _channels.GetAsync(index, workspace.ToString(), channel, async () =>
            (await ListAsync(workspace, [IndexRows.ChannelRange(channel)], cancellationToken)).AsReadOnly(), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Commitment>> ListByOwnerAsync(WorkspaceId workspace, string owner, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        var index = await _store.GetTableAsync(IndexTableName, cancellationToken);
        await _ownerIndex.EnsureFilledAsync(index, workspace, cancellationToken);
        return await _owners.GetAsync(index, workspace.ToString(), owner, async () =>
            (await ListAsync(workspace, [OwnerRows.Range(owner)], cancellationToken)).AsReadOnly(), cancellationToken);
    }

    private async Task<List<Commitment>> ListAsync(WorkspaceId workspace, IReadOnlyList<RowKeyRange> ranges, CancellationToken cancellationToken)
    {
        var index = await _store.GetTableAsync(IndexTableName, cancellationToken);
        var listed = new List<Commitment>();
        foreach (var range in ranges)
        {
            foreach (var row in await index.QueryAllAsync(workspace.ToString(), range, cancellationToken))
            {
                var commitment = CommitmentRows.FromRow(row, concurrencyToken: null);
                listed.Add(commitment with { ConcurrencyToken = IndexRows.Token((string)row[HeadETag]!, IndexRows.RowKey(commitment.Channel, commitment.Id)) });
            }
        }

        return listed;
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

    internal static string HistoryPartition(WorkspaceId workspace, string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return workspace + ":" + id;
    }
}
