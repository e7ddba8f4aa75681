namespace StatusBot.Storage.Tables;

/// <summary>
/// A row of a partition whose value every write of the partition's cached rows changes, in the same atomic batch as
/// that write, so that one point read tells any host whether what it read of the partition before is still what is
/// stored. A partition with no stamp yet (written before stamps were kept, or just erased) is given one by its first
/// reader; erasing the partition ends by deleting it, so the next reader's new stamp tells every host to read again.
/// </summary>
internal static class PartitionStamp
{
    /// <summary>The stamp's row key; it starts with <c>|</c> and sorts after the partition's other marker rows.</summary>
    public const string RowKey = "|s|stamp";

    private const string Property = "Stamp";

    /// <summary>The write, to go in each batch that changes the partition's cached rows, that gives it a new stamp.</summary>
    public static TableOperation Renew(string partitionKey) => new(TableOperationKind.UpsertReplace, NewRow(partitionKey));

    /// <summary>The partition's stamp, giving it one when it has none.</summary>
    public static async Task<string> ReadAsync(ITable table, string partitionKey, CancellationToken cancellationToken)
    {
        while (true)
        {
            if ((await table.GetAsync(partitionKey, RowKey, cancellationToken))?[Property] is string stamp)
            {
                return stamp;
            }

            try
            {
                await table.InsertAsync(NewRow(partitionKey), cancellationToken);
            }
            catch (EntityAlreadyExistsException)
            {
                // A writer or another reader stamped it meanwhile: read theirs.
            }
        }
    }

    /// <summary>
    /// Deletes the partition's stamp, whichever it is, once its rows are erased: a host that read the partition while it
    /// was being erased (even under a stamp a reader gave it meanwhile) then reads it again.
    /// </summary>
    public static async Task DropAsync(ITable table, string partitionKey, CancellationToken cancellationToken)
    {
        try
        {
            await table.DeleteAsync(partitionKey, RowKey, "*", cancellationToken);
        }
        catch (EntityNotFoundException)
        {
            // None to drop.
        }
    }

    private static TableRow NewRow(string partitionKey) => new(partitionKey, RowKey) { [Property] = Guid.NewGuid().ToString("N") };
}
