using StatusBot.Storage.Tables;

namespace StatusBot.Storage.CheckIns;

/// <summary>The oldest minute that may still hold wake-ups, shared by every host through one row.</summary>
internal sealed class WakeUpCursor(ITableStore store)
{
    private const string Partition = "cursor";
    private const string RowKey = "oldest";
    private const string Minute = "Minute";

    /// <summary>How far back a schedule with no cursor yet starts reading.</summary>
    private static readonly TimeSpan FirstLookBack = TimeSpan.FromMinutes(10);

    private volatile bool _ensured;

    public async Task<(DateTimeOffset Minute, string? ETag)> ReadAsync(DateTimeOffset currentMinute, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableWakeUpSchedule.TableName, cancellationToken);
        var row = await table.GetAsync(Partition, RowKey, cancellationToken);
        return row?[Minute] is DateTimeOffset minute ? (minute, row.ETag) : (currentMinute - FirstLookBack, null);
    }

    /// <summary>
    /// Starts the cursor at <paramref name="minute"/> when there is none yet, so wake-ups filed before the
    /// first read are not skipped. Done once per process.
    /// </summary>
    public async Task EnsureAsync(DateTimeOffset minute, CancellationToken cancellationToken)
    {
        if (_ensured)
        {
            return;
        }

        await TryMoveAsync(minute, eTag: null, cancellationToken);
        _ensured = true;
    }

    /// <summary>Moves the cursor forward to <paramref name="minute"/> unless another host moved it meanwhile.</summary>
    public async Task TryMoveAsync(DateTimeOffset minute, string? eTag, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableWakeUpSchedule.TableName, cancellationToken);
        var row = new TableRow(Partition, RowKey) { [Minute] = minute };
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
