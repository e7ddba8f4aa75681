using StatusBot.Core.Chat;
using StatusBot.Core.CheckIns;
using StatusBot.Storage.Tables;

namespace StatusBot.Storage.CheckIns;

/// <summary>
/// Wake-ups in the <c>wakeups</c> table, one partition per UTC hour. A cursor row remembers the oldest
/// hour that may still hold work; each read asks the hours from there to now for their due rows only, so
/// its cost follows the number of due wake-ups (plus an empty read per idle hour), never the number of
/// commitments. Claims are ETag leases; holds on commitments are rows of their own (<see cref="CommitmentHolds"/>).
/// </summary>
public sealed class TableWakeUpSchedule : IWakeUpSchedule
{
    internal const string TableName = "wakeups";

    /// <summary>
    /// Hours that ended longer than this ago are taken as complete once empty: a host whose clock is up to
    /// this far behind still files its wake-ups in an hour that will be read.
    /// </summary>
    internal static readonly TimeSpan ClockSkewAllowance = TimeSpan.FromMinutes(2);

    /// <summary>At most this many hours are scanned in one read, so a long outage is caught up step by step.</summary>
    internal const int MaxHoursPerRead = 24 * 7;

    private readonly ITableStore _store;
    private readonly TimeProvider _time;
    private readonly WakeUpCursor _cursor;
    private readonly CommitmentHolds _holds;
    private readonly string _table;

    /// <summary>Creates the schedule over an account of tables, in <paramref name="tableName"/> (default <c>wakeups</c>).</summary>
    public TableWakeUpSchedule(ITableStore store, TimeProvider time, string tableName = TableName)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentException.ThrowIfNullOrWhiteSpace(tableName);
        _store = store;
        _time = time;
        _table = tableName;
        _cursor = new WakeUpCursor(store, tableName);
        _holds = new CommitmentHolds(store, tableName, time);
    }

    /// <inheritdoc />
    public Task ScheduleAsync(WorkspaceId workspace, string commitmentId, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        ScheduleAsync(workspace, commitmentId, at, WakeUpScope.All, cancellationToken);

    /// <inheritdoc />
    public async Task ScheduleAsync(WorkspaceId workspace, string commitmentId, DateTimeOffset at, WakeUpScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(commitmentId);
        var table = await _store.GetTableAsync(_table, cancellationToken);
        // Never file into an hour that may already have been read and passed.
        var filedAt = at > _time.GetUtcNow() ? at : _time.GetUtcNow();
        await _cursor.EnsureAsync(WakeUpBuckets.BucketOf(_time.GetUtcNow() - ClockSkewAllowance), cancellationToken);
        var row = WakeUpRows.ToRow(WakeUpBuckets.PartitionOf(filedAt), workspace, commitmentId, at, scope);
        try
        {
            await table.InsertAsync(row, cancellationToken);
        }
        catch (EntityAlreadyExistsException)
        {
            // Filed already: one wake-up is enough.
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<WakeUp>> ReadDueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        var table = await _store.GetTableAsync(_table, cancellationToken);
        var current = WakeUpBuckets.BucketOf(now);
        var (from, cursorETag) = await _cursor.ReadAsync(current, cancellationToken);
        var due = new List<WakeUp>();
        var settled = from;
        var stillSettling = false;
        for (var bucket = from; bucket <= current && due.Count < max && bucket < from + MaxHoursPerRead * WakeUpBuckets.Size; bucket += WakeUpBuckets.Size)
        {
            // Every row of an hour that has ended is due, so an empty answer means an empty hour.
            // Read only as far as this look needs: a backlog of thousands is not read again on every tick.
            var (free, any) = await table.QueryFirstAsync(
                WakeUpBuckets.PartitionOf(bucket), WakeUpBuckets.DueBy(now), row => !WakeUpRows.IsLeased(row, now), max - due.Count, cancellationToken);
            due.AddRange(free.Select(WakeUpRows.FromRow));
            stillSettling |= any || bucket + WakeUpBuckets.Size > now - ClockSkewAllowance;
            if (!stillSettling)
            {
                settled = bucket + WakeUpBuckets.Size;
            }
        }

        if (settled > from)
        {
            await _cursor.TryMoveAsync(settled, cursorETag, cancellationToken);
        }

        return due;
    }

    /// <inheritdoc />
    public async Task<WakeUp?> TryClaimAsync(WakeUp wakeUp, string owner, DateTimeOffset leaseUntil, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(wakeUp);
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        var table = await _store.GetTableAsync(_table, cancellationToken);
        var (partition, rowKey, eTag) = WakeUpRows.ParseToken(wakeUp.Token);
        var lease = new TableRow(partition, rowKey) { [WakeUpRows.LeaseOwner] = owner, [WakeUpRows.LeaseUntil] = leaseUntil };
        try
        {
            var claimed = await table.MergeAsync(lease, eTag, cancellationToken);
            return wakeUp with { Token = WakeUpRows.Token(partition, rowKey, claimed) };
        }
        catch (Exception ex) when (ex is ETagMismatchException or EntityNotFoundException)
        {
            return null;
        }
    }

    /// <inheritdoc />
    public async Task CompleteAsync(WakeUp claimed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claimed);
        var table = await _store.GetTableAsync(_table, cancellationToken);
        var (partition, rowKey, eTag) = WakeUpRows.ParseToken(claimed.Token);
        try
        {
            await table.DeleteAsync(partition, rowKey, eTag, cancellationToken);
        }
        catch (Exception ex) when (ex is ETagMismatchException or EntityNotFoundException)
        {
            // Our lease ran out and another host took the wake-up over (or finished it): it is theirs now.
        }
    }

    /// <inheritdoc />
    public Task<CommitmentHold?> TryHoldAsync(WorkspaceId workspace, string commitmentId, string owner, DateTimeOffset until, CancellationToken cancellationToken = default) =>
        _holds.TryHoldAsync(workspace, commitmentId, owner, until, cancellationToken);

    /// <inheritdoc />
    public Task ReleaseAsync(CommitmentHold hold, CancellationToken cancellationToken = default) => _holds.ReleaseAsync(hold, cancellationToken);
}
