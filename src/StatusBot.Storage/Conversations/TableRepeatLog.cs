using System.Security.Cryptography;
using System.Text;
using StatusBot.Core.Chat;
using StatusBot.Storage.Tables;

namespace StatusBot.Storage.Conversations;

/// <summary>
/// The repeat log in the <c>repeats</c> table, shared by every host on the store: one row per key (hashed, since keys
/// may hold characters a row key may not), spread over 16 partitions, with the time its window ends. The first
/// insert wins; a key whose window ended is taken again by replacing its row under its ETag, so two hosts that
/// race still let exactly one through. <see cref="SweepAsync"/> deletes rows whose window ended.
/// </summary>
public sealed class TableRepeatLog(ITableStore store, TimeProvider time) : IRepeatLog
{
    internal const string TableName = "repeats";
    private const string Until = "Until";

    /// <inheritdoc />
    public async Task<bool> TryFirstAsync(string key, TimeSpan window, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(window, TimeSpan.Zero);
        var table = await store.GetTableAsync(TableName, cancellationToken);
        var now = time.GetUtcNow();
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
        var row = new TableRow(hash[..1], hash) { [Until] = now + window };
        try
        {
            await table.InsertAsync(row, cancellationToken);
            return true;
        }
        catch (EntityAlreadyExistsException)
        {
        }

        var seen = await table.GetAsync(row.PartitionKey, row.RowKey, cancellationToken);
        try
        {
            if (seen is null)
            {
                await table.InsertAsync(row, cancellationToken); // swept between the two calls
                return true;
            }

            if (seen[Until] is DateTimeOffset until && until > now)
            {
                return false;
            }

            await table.ReplaceAsync(row, seen.ETag!, cancellationToken);
            return true;
        }
        catch (TableStoreException ex) when (ex is EntityAlreadyExistsException or ETagMismatchException or EntityNotFoundException)
        {
            return false; // Another host took it at the same moment.
        }
    }

    /// <summary>Deletes the rows whose window ended before <paramref name="now"/>; returns how many.</summary>
    public async Task<int> SweepAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var table = await store.GetTableAsync(TableName, cancellationToken);
        var deleted = 0;
        for (var partition = 0; partition < 16; partition++)
        {
            var key = partition.ToString("x", System.Globalization.CultureInfo.InvariantCulture);
            string? token = null;
            do
            {
                var page = await table.QueryAsync(key, continuationToken: token, cancellationToken: cancellationToken);
                foreach (var ended in page.Rows.Where(r => r[Until] is DateTimeOffset until && until <= now))
                {
                    try
                    {
                        await table.DeleteAsync(ended.PartitionKey, ended.RowKey, ended.ETag!, cancellationToken);
                        deleted++;
                    }
                    catch (TableStoreException ex) when (ex is ETagMismatchException or EntityNotFoundException)
                    {
                        // Taken again or deleted by another host meanwhile.
                    }
                }

                token = page.ContinuationToken;
            }
            while (token is not null);
        }

        return deleted;
    }
}
