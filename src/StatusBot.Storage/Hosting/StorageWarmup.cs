using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StatusBot.Storage.Tables;

namespace StatusBot.Storage.Hosting;

/// <summary>
/// Opens the store when the host starts, so a first run creates the database and a misconfigured
/// account shows up in the log at once. A store that does not answer yet does not stop the host:
/// <c>/readyz</c> reports it until it does.
/// </summary>
internal sealed class StorageWarmup(ITableStore store, IOptions<StorageOptions> options, ILogger<StorageWarmup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // A local SQLite file keeps its keys beside the data anyway; a shared account is where encryption matters.
        if (options.Value.Provider == StorageProvider.AzureTables && string.IsNullOrWhiteSpace(options.Value.KeyCertificatePath))
        {
            Log.KeysUnencrypted(logger);
        }

        try
        {
            await store.PingAsync(stoppingToken);
            Log.StorageReady(logger);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.StorageNotReady(logger, ex.Message);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: nothing to report.
        }
    }
}
