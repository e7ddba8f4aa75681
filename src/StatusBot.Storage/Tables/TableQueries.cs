namespace StatusBot.Storage.Tables;

/// <summary>Queries built from <see cref="ITable.QueryAsync"/>.</summary>
public static class TableQueries
{
    /// <summary>Reads every page of a partition (optionally a row-key range) into one list, in row-key order.</summary>
    public static async Task<IReadOnlyList<TableRow>> QueryAllAsync(
        this ITable table, string partitionKey, RowKeyRange? range = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        var rows = new List<TableRow>();
        string? continuation = null;
        do
        {
            var page = await table.QueryAsync(partitionKey, range, pageSize: 1000, continuation, cancellationToken);
            rows.AddRange(page.Rows);
            continuation = page.ContinuationToken;
        }
        while (continuation is not null);

        return rows;
    }
}
