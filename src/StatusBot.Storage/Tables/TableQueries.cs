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

    /// <summary>
    /// Reads a partition (optionally a row-key range) in row-key order until <paramref name="max"/> rows pass
    /// <paramref name="wanted"/>, and no further: a long partition is not read to its end for a few rows. Also says
    /// whether the range held any row at all.
    /// </summary>
    public static async Task<(IReadOnlyList<TableRow> Wanted, bool AnyRow)> QueryFirstAsync(
        this ITable table, string partitionKey, RowKeyRange? range, Func<TableRow, bool> wanted, int max, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(wanted);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        var rows = new List<TableRow>();
        var any = false;
        string? continuation = null;
        do
        {
            var page = await table.QueryAsync(partitionKey, range, pageSize: Math.Min(1000, max - rows.Count + 100), continuation, cancellationToken);
            any |= page.Rows.Count > 0;
            rows.AddRange(page.Rows.Where(wanted).Take(max - rows.Count));
            continuation = page.ContinuationToken;
        }
        while (continuation is not null && rows.Count < max);

        return (rows, any);
    }
}
