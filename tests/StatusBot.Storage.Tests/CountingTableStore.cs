using StatusBot.Storage.Tables;

namespace StatusBot.Storage.Tests;

/// <summary>
/// Wraps a table store to count the calls that read (point reads and query pages) and the calls that
/// write, and to give every table a name of its own (a prefix), so tests sharing one account never meet.
/// </summary>
public sealed class CountingTableStore(ITableStore inner, string? prefix = null) : ITableStore
{
    private readonly string _prefix = prefix ?? "t" + Guid.NewGuid().ToString("N")[..10];
    private int _reads;
    private int _writes;
    private int _rowsRead;

    public int Reads => Volatile.Read(ref _reads);

    /// <summary>The read calls per table (its name without the prefix), for a test to say where reads go.</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, int> ReadsByTable { get; } = new();

    /// <summary>How many rows the reads brought back (a page counts its rows, a point read one when found).</summary>
    public int RowsRead => Volatile.Read(ref _rowsRead);

    public int Writes => Volatile.Read(ref _writes);

    /// <summary>Another view of the same tables (same prefix) with counters of its own, as a second host would have.</summary>
    public CountingTableStore SecondHost(ITableStore otherClient) => new(otherClient, _prefix);

    public void Reset()
    {
        Interlocked.Exchange(ref _reads, 0);
        Interlocked.Exchange(ref _writes, 0);
        Interlocked.Exchange(ref _rowsRead, 0);
        ReadsByTable.Clear();
    }

    public async Task<ITable> GetTableAsync(string name, CancellationToken cancellationToken = default) =>
        new CountingTable(await inner.GetTableAsync(_prefix + name, cancellationToken), name, this);

    public Task PingAsync(CancellationToken cancellationToken = default) => inner.PingAsync(cancellationToken);

    private void CountRead(string table)
    {
        Interlocked.Increment(ref _reads);
        ReadsByTable.AddOrUpdate(table, 1, (_, n) => n + 1);
    }

    private sealed class CountingTable(ITable table, string name, CountingTableStore counts) : ITable
    {
        public string Name => table.Name;

        public async Task<TableRow?> GetAsync(string partitionKey, string rowKey, CancellationToken cancellationToken = default)
        {
            counts.CountRead(name);
            var row = await table.GetAsync(partitionKey, rowKey, cancellationToken);
            Interlocked.Add(ref counts._rowsRead, row is null ? 0 : 1);
            return row;
        }

        public async Task<TablePage> QueryAsync(string partitionKey, RowKeyRange? range = null, int pageSize = 1000, string? continuationToken = null, CancellationToken cancellationToken = default)
        {
            counts.CountRead(name);
            var page = await table.QueryAsync(partitionKey, range, pageSize, continuationToken, cancellationToken);
            Interlocked.Add(ref counts._rowsRead, page.Rows.Count);
            return page;
        }

        public Task<string> InsertAsync(TableRow row, CancellationToken cancellationToken = default) => Write(() => table.InsertAsync(row, cancellationToken));

        public Task<string> ReplaceAsync(TableRow row, string eTag, CancellationToken cancellationToken = default) => Write(() => table.ReplaceAsync(row, eTag, cancellationToken));

        public Task<string> MergeAsync(TableRow row, string eTag, CancellationToken cancellationToken = default) => Write(() => table.MergeAsync(row, eTag, cancellationToken));

        public Task<string> UpsertAsync(TableRow row, bool merge = false, CancellationToken cancellationToken = default) => Write(() => table.UpsertAsync(row, merge, cancellationToken));

        public Task DeleteAsync(string partitionKey, string rowKey, string eTag, CancellationToken cancellationToken = default) =>
            Write(async () => { await table.DeleteAsync(partitionKey, rowKey, eTag, cancellationToken); return ""; });

        public Task<IReadOnlyList<string>> ExecuteBatchAsync(IReadOnlyList<TableOperation> operations, CancellationToken cancellationToken = default) =>
            Write(() => table.ExecuteBatchAsync(operations, cancellationToken));

        private Task<T> Write<T>(Func<Task<T>> write)
        {
            Interlocked.Increment(ref counts._writes);
            return write();
        }
    }
}
