using StatusBot.Storage.Tables;

namespace StatusBot.Storage.Hosting;

/// <summary>One table whose every call has the store's deadline (see <see cref="DeadlineTableStore"/>).</summary>
internal sealed class DeadlineTable(ITable inner, TimeSpan deadline) : ITable
{
    public string Name => inner.Name;

    public Task<TableRow?> GetAsync(string partitionKey, string rowKey, CancellationToken cancellationToken = default) =>
        DeadlineTableStore.CallAsync(ct => inner.GetAsync(partitionKey, rowKey, ct), deadline, cancellationToken);

    public Task<TablePage> QueryAsync(string partitionKey, RowKeyRange? range = null, int pageSize = 1000, string? continuationToken = null, CancellationToken cancellationToken = default) =>
        DeadlineTableStore.CallAsync(ct => inner.QueryAsync(partitionKey, range, pageSize, continuationToken, ct), deadline, cancellationToken);

    public Task<string> InsertAsync(TableRow row, CancellationToken cancellationToken = default) =>
        DeadlineTableStore.CallAsync(ct => inner.InsertAsync(row, ct), deadline, cancellationToken);

    public Task<string> ReplaceAsync(TableRow row, string eTag, CancellationToken cancellationToken = default) =>
        DeadlineTableStore.CallAsync(ct => inner.ReplaceAsync(row, eTag, ct), deadline, cancellationToken);

    public Task<string> MergeAsync(TableRow row, string eTag, CancellationToken cancellationToken = default) =>
        DeadlineTableStore.CallAsync(ct => inner.MergeAsync(row, eTag, ct), deadline, cancellationToken);

    public Task<string> UpsertAsync(TableRow row, bool merge = false, CancellationToken cancellationToken = default) =>
        DeadlineTableStore.CallAsync(ct => inner.UpsertAsync(row, merge, ct), deadline, cancellationToken);

    public Task DeleteAsync(string partitionKey, string rowKey, string eTag, CancellationToken cancellationToken = default) =>
        DeadlineTableStore.CallAsync(async ct => { await inner.DeleteAsync(partitionKey, rowKey, eTag, ct); return true; }, deadline, cancellationToken);

    public Task<IReadOnlyList<string>> ExecuteBatchAsync(IReadOnlyList<TableOperation> operations, CancellationToken cancellationToken = default) =>
        DeadlineTableStore.CallAsync(ct => inner.ExecuteBatchAsync(operations, ct), deadline, cancellationToken);
}
