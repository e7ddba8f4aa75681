using Azure.Identity;
using Microsoft.Extensions.Logging;
using StatusBot.Storage.AzureTables;
using StatusBot.Storage.Sqlite;
using StatusBot.Storage.Tables;

namespace StatusBot.Storage.Hosting;

/// <summary>Makes the table store that <see cref="StorageOptions"/> names.</summary>
internal static class TableStoreFactory
{
    /// <summary>The engine <paramref name="options"/> names, with a deadline on each call (see <see cref="DeadlineTableStore"/>).</summary>
    public static ITableStore Create(StorageOptions options, string contentRoot, ILoggerFactory loggers) =>
        new DeadlineTableStore(CreateEngine(options, contentRoot, loggers), options.CallTimeout);

    private static ITableStore CreateEngine(StorageOptions options, string contentRoot, ILoggerFactory loggers)
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
