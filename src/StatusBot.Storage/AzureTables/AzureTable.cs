using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using StatusBot.Storage.Tables;

namespace StatusBot.Storage.AzureTables;

/// <summary>
/// One Azure Table Storage table behind the <see cref="ITable"/> port. A table lost at run time (an emulator restarted,
/// someone deleted it) is created again and the call made once more, rather than every request failing until a restart.
/// </summary>
internal sealed class AzureTable(TableClient client, ILogger logger) : ITable
{
    public string Name => client.Name;

    public async Task<TableRow?> GetAsync(string partitionKey, string rowKey, CancellationToken cancellationToken = default)
    {
        TableRowValidator.ValidateKeys(Name, partitionKey, rowKey);
        var response = await OnTableAsync(ct => client.GetEntityIfExistsAsync<TableEntity>(partitionKey, rowKey, cancellationToken: ct), cancellationToken);
        return response.HasValue ? AzureEntityMapper.ToRow(response.Value!) : null;
    }

    public async Task<TablePage> QueryAsync(
        string partitionKey,
        RowKeyRange? range = null,
        int pageSize = 1000,
        string? continuationToken = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(partitionKey);
        TableRowValidator.ValidateKey(Name, "partition key", partitionKey);
        TableBatchValidator.ValidatePageSize(pageSize);
        return await OnTableAsync(async ct =>
        {
            var pages = client.QueryAsync<TableEntity>(Filter(partitionKey, range), pageSize, cancellationToken: ct)
                .AsPages(string.IsNullOrEmpty(continuationToken) ? null : continuationToken, pageSize);
            await foreach (var page in pages)
            {
                var rows = page.Values.Select(AzureEntityMapper.ToRow).ToList();
                return new TablePage(rows, string.IsNullOrEmpty(page.ContinuationToken) ? null : page.ContinuationToken);
            }

            return new TablePage([], null);
        }, cancellationToken);
    }

    public Task<string> InsertAsync(TableRow row, CancellationToken cancellationToken = default) =>
        WriteAsync(row, ct => client.AddEntityAsync(AzureEntityMapper.ToEntity(row), ct), cancellationToken);

    public Task<string> ReplaceAsync(TableRow row, string eTag, CancellationToken cancellationToken = default) =>
        UpdateAsync(row, eTag, TableUpdateMode.Replace, cancellationToken);

    public Task<string> MergeAsync(TableRow row, string eTag, CancellationToken cancellationToken = default) =>
        UpdateAsync(row, eTag, TableUpdateMode.Merge, cancellationToken);

    public Task<string> UpsertAsync(TableRow row, bool merge = false, CancellationToken cancellationToken = default) =>
        WriteAsync(
            row,
            ct => client.UpsertEntityAsync(AzureEntityMapper.ToEntity(row), merge ? TableUpdateMode.Merge : TableUpdateMode.Replace, ct),
            cancellationToken);

    public async Task DeleteAsync(string partitionKey, string rowKey, string eTag, CancellationToken cancellationToken = default)
    {
        TableRowValidator.ValidateKeys(Name, partitionKey, rowKey);
        ArgumentException.ThrowIfNullOrEmpty(eTag);
        var row = new TableRow(partitionKey, rowKey);
        Response response;
        try
        {
            response = await OnTableAsync(ct => client.DeleteEntityAsync(partitionKey, rowKey, AzureEntityMapper.ToETag(eTag), ct), cancellationToken);
        }
        catch (RequestFailedException e) when (AzureErrors.Map(e, Name, row) is { } mapped)
        {
            throw mapped;
        }

        // The SDK treats deleting a missing entity as success; the port reports it like every other write.
        if (response.Status == 404)
        {
            throw new EntityNotFoundException($"{TableRowValidator.Where(Name, row)} does not exist.");
        }
    }

    public Task<IReadOnlyList<string>> ExecuteBatchAsync(IReadOnlyList<TableOperation> operations, CancellationToken cancellationToken = default) =>
        OnTableAsync(ct => AzureBatch.ExecuteAsync(client, operations, logger, ct), cancellationToken);

    private Task<string> UpdateAsync(TableRow row, string eTag, TableUpdateMode mode, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(eTag);
        return WriteAsync(
            row,
            ct => client.UpdateEntityAsync(AzureEntityMapper.ToEntity(row), AzureEntityMapper.ToETag(eTag), mode, ct),
            cancellationToken);
    }

    private async Task<string> WriteAsync(TableRow row, Func<CancellationToken, Task<Response>> write, CancellationToken cancellationToken)
    {
        TableRowValidator.ValidateRow(Name, row);
        try
        {
            var response = await OnTableAsync(write, cancellationToken);
            return AzureEntityMapper.ToString(response.Headers.ETag);
        }
        catch (RequestFailedException e) when (AzureErrors.Map(e, Name, row) is { } mapped)
        {
            throw mapped;
        }
    }

    private async Task<T> OnTableAsync<T>(Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await call(cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404 && e.ErrorCode == "TableNotFound")
        {
            Log.TableRecreated(logger, Name);
            await client.CreateIfNotExistsAsync(cancellationToken);
            return await call(cancellationToken);
        }
    }

    private static string Filter(string partitionKey, RowKeyRange? range)
    {
        // CreateQueryFilter quotes and escapes each value.
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey}");
        if (range?.From is { } from)
        {
            filter += " and " + TableClient.CreateQueryFilter($"RowKey ge {from}");
        }

        if (range?.To is { } to)
        {
            filter += " and " + TableClient.CreateQueryFilter($"RowKey lt {to}");
        }

        return filter;
    }
}
