using System.Collections.Concurrent;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using StatusBot.Storage.Tables;

namespace StatusBot.Storage.AzureTables;

/// <summary>
/// Azure Table Storage (or Cosmos DB for Table, or Azurite) behind the <see cref="ITableStore"/> port.
/// Build the client with <see cref="AzureTableServiceClientFactory"/>.
/// </summary>
/// <remarks>Dates come back in UTC (offset zero), as the service stores them; the SQLite engine does the same.</remarks>
public sealed class AzureTableStore : ITableStore
{
    private readonly TableServiceClient _client;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<string, TableClient> _tables = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Creates the store over an account's table service.</summary>
    public AzureTableStore(TableServiceClient client, ILogger<AzureTableStore>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
        _logger = logger ?? NullLogger<AzureTableStore>.Instance;
    }

    /// <inheritdoc />
    public async Task<ITable> GetTableAsync(string name, CancellationToken cancellationToken = default)
    {
        TableRowValidator.ValidateTableName(name);
        if (!_tables.TryGetValue(name, out var table))
        {
            table = _client.GetTableClient(name);
            await table.CreateIfNotExistsAsync(cancellationToken);
            _tables.TryAdd(name, table);
            Log.TableCreated(_logger, name, "Azure Tables");
        }

        return new AzureTable(table, _logger);
    }

    /// <inheritdoc />
    public async Task PingAsync(CancellationToken cancellationToken = default)
    {
        await foreach (var page in _client.QueryAsync(maxPerPage: 1, cancellationToken: cancellationToken).AsPages(pageSizeHint: 1))
        {
            break;
        }
    }
}
