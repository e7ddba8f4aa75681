using StatusBot.Core.Chat;
using StatusBot.Core.CheckIns;
using StatusBot.Storage.Tables;

namespace StatusBot.Storage.CheckIns;

/// <summary>
/// Holds on commitments, beside the wake-ups: one row per held commitment in its workspace's partition (<c>hold_</c> and
/// the workspace), with the holder and until when. Holding inserts the row; letting go deletes it; a row whose time ran
/// out is taken over by replacing it, guarded by its ETag, so two hosts never both hold one commitment.
/// </summary>
internal sealed class CommitmentHolds(ITableStore store, string tableName, TimeProvider time)
{
    private const string PartitionPrefix = "hold_";
    private const string Separator = "\n";

    public async Task<CommitmentHold?> TryHoldAsync(WorkspaceId workspace, string commitmentId, string owner, DateTimeOffset until, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(commitmentId);
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        var table = await store.GetTableAsync(tableName, cancellationToken);
        var row = new TableRow(PartitionPrefix + workspace, commitmentId) { [WakeUpRows.LeaseOwner] = owner, [WakeUpRows.LeaseUntil] = until };
        // Twice at most: a hold let go between the insert and the look is gone, and holding it then is a first hold.
        for (var attempt = 0; attempt < 2; attempt++)
        {
            try
            {
                return Hold(workspace, commitmentId, row, await table.InsertAsync(row, cancellationToken), tookOver: false);
            }
            catch (EntityAlreadyExistsException)
            {
                // Held now, or left behind by a holder that never let go: look.
            }

            var held = await table.GetAsync(row.PartitionKey, row.RowKey, cancellationToken);
            if (held is null)
            {
                continue;
            }

            if (WakeUpRows.IsLeased(held, time.GetUtcNow()))
            {
                return null;
            }

            try
            {
                return Hold(workspace, commitmentId, row, await table.ReplaceAsync(row, held.ETag!, cancellationToken), tookOver: true);
            }
            catch (Exception ex) when (ex is ETagMismatchException or EntityNotFoundException)
            {
                return null; // Another host took it over (or let go of it) first.
            }
        }

        return null;
    }

    public async Task ReleaseAsync(CommitmentHold hold, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(hold);
        var parts = hold.Token.Split(Separator);
        if (parts.Length != 3)
        {
            throw new ArgumentException("Not a hold from this schedule.", nameof(hold));
        }

        var table = await store.GetTableAsync(tableName, cancellationToken);
        try
        {
            await table.DeleteAsync(parts[0], parts[1], parts[2], cancellationToken);
        }
        catch (Exception ex) when (ex is ETagMismatchException or EntityNotFoundException)
        {
            // Its time ran out and another host took it over: it is theirs to let go of.
        }
    }

    private static CommitmentHold Hold(WorkspaceId workspace, string commitmentId, TableRow row, string eTag, bool tookOver) =>
        new(workspace, commitmentId, string.Join(Separator, row.PartitionKey, row.RowKey, eTag)) { TookOver = tookOver };
}
