using StatusBot.Storage.Tables;

namespace StatusBot.Storage.Tests.Contract;

/// <summary>
/// The behaviour every <see cref="ITableStore"/> engine must show. Each engine's test class derives from it;
/// every test works in a table of its own, so tests never interfere.
/// </summary>
public abstract partial class TableStoreContract
{
    /// <summary>Prefix of every table a contract test creates, so a fixture can clean them up.</summary>
    public const string TablePrefix = "ct";

    protected abstract ITableStore Store { get; }

    protected async Task<ITable> NewTableAsync() => await Store.GetTableAsync(TablePrefix + Guid.NewGuid().ToString("N"));

    protected static TableRow Row(string partitionKey, string rowKey, params (string Name, object Value)[] properties)
    {
        var row = new TableRow(partitionKey, rowKey);
        foreach (var (name, value) in properties)
        {
            row[name] = value;
        }

        return row;
    }

    protected static async Task<TableRow> ReadAsync(ITable table, string partitionKey, string rowKey) =>
        await table.GetAsync(partitionKey, rowKey) ?? throw new Xunit.Sdk.XunitException($"Row {partitionKey}/{rowKey} is missing.");

    protected static async Task<List<TableRow>> ReadAllAsync(ITable table, string partitionKey, RowKeyRange? range = null, int pageSize = 1000)
    {
        var rows = new List<TableRow>();
        string? token = null;
        do
        {
            var page = await table.QueryAsync(partitionKey, range, pageSize, token);
            Assert.True(page.Rows.Count <= pageSize, $"A page of {page.Rows.Count} rows exceeds the page size {pageSize}.");
            rows.AddRange(page.Rows);
            token = page.ContinuationToken;
        }
        while (token is not null);
        return rows;
    }

    protected static async Task InsertManyAsync(ITable table, string partitionKey, IEnumerable<string> rowKeys)
    {
        foreach (var chunk in rowKeys.Chunk(TableLimits.MaxBatchOperations))
        {
            await table.ExecuteBatchAsync(
                chunk.Select(rk => new TableOperation(TableOperationKind.Insert, Row(partitionKey, rk, ("N", rk.Length)))).ToList());
        }
    }
}
