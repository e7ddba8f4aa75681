using Azure.Identity;
using Microsoft.Extensions.Logging;
using StatusBot.Storage.AzureTables;
using StatusBot.Storage.Sqlite;
using StatusBot.Storage.Tables;

namespace StatusBot.Storage.Hosting;

/// <summary>Makes the table store that <see cref="StorageOptions"/> names.</summary>
internal static class TableStoreFactory
{
    public static ITableStore Create(StorageOptions options, string contentRoot, ILoggerFactory loggers)
    {
        if (options.Provider == StorageProvider.Sqlite)
        {
            var path = Path.Combine(contentRoot, options.SqlitePath);
            return new SqliteTableStore(path, loggers.CreateLogger<SqliteTableStore>());
        }

        var azure = options.AzureTables;
        var client = azure.ServiceUri is { } uri
            ? AzureTableServiceClientFactory.FromServiceUri(uri, new DefaultAzureCredential())
            : AzureTableServiceClientFactory.FromConnectionString(azure.ConnectionString!);
        return new AzureTableStore(client, loggers.CreateLogger<AzureTableStore>());
    }
}
