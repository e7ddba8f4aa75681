using StatusBot.Storage.Tables;

namespace StatusBot.Storage.CheckIns;

/// <summary>The oldest hour that may still hold wake-ups, shared by every host through one row.</summary>
internal sealed class WakeUpCursor(ITableStore store, string tableName)
{
    private const string Partition = "cursor";
    private const string RowKey = "oldest";
    private const string Bucket = "Bucket";

    /// <summary>How far back a schedule with no cursor yet starts reading.</summary>
    private static readonly TimeSpan FirstLookBack = TimeSpan.FromHours(1);

    private volatile bool _ensured;

    public async Task<(DateTimeOffset Bucket, string? ETag)> ReadAsync(DateTimeOffset currentBucket, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(tableName, cancellationToken);
        var row = await table.GetAsync(Partition, RowKey, cancellationToken);
        return row?[Bucket] is DateTimeOffset bucket ? (bucket, row.ETag) : (currentBucket - FirstLookBack, null);
    }

    /// <summary>
    /// Starts the cursor at <paramref name="bucket"/> when there is none yet, so wake-ups filed before the
    /// first read are not skipped. Done once per process.
    /// </summary>
    public async Task EnsureAsync(DateTimeOffset bucket, CancellationToken cancellationToken)
    {
        if (_ensured)
        {
            return;
        }

        await TryMoveAsync(bucket, eTag: null, cancellationToken);
        _ensured = true;
    }

    /// <summary>Moves the cursor forward to <paramref name="bucket"/> unless another host moved it meanwhile.</summary>
    public async Task TryMoveAsync(DateTimeOffset bucket, string? eTag, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(tableName, cancellationToken);
        var row = new TableRow(Partition, RowKey) { [Bucket] = bucket };
        try
        {
            _ = eTag is null ? await table.InsertAsync(row, cancellationToken) : await table.ReplaceAsync(row, eTag, cancellationToken);
        }
        catch (Exception ex) when (ex is ETagMismatchException or EntityAlreadyExistsException or EntityNotFoundException)
        {
            // Another host moved it first; the next read starts from where that one left it.
        }
    }
}
