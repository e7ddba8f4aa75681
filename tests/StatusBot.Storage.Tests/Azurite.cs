using Azure;
using Azure.Core;
using Azure.Data.Tables;
using StatusBot.Storage.AzureTables;

namespace StatusBot.Storage.Tests;

/// <summary>
/// Where the tests find Azurite's table service: the connection string in <c>STATUSBOT_AZURITE_TABLES</c>.
/// Without it the Azure tests fail (never skip), so a CI run cannot pass without having run them.
/// </summary>
public static class Azurite
{
    /// <summary>The environment variable holding the full Azurite connection string.</summary>
    public const string Variable = "STATUSBOT_AZURITE_TABLES";

    /// <summary>The failure message when Azurite is not configured or not answering.</summary>
    public const string NotRunning =
        "Azurite is not running: run ./test.sh, or start azurite-table and set " + Variable;

    /// <summary>The connection string, or an <see cref="InvalidOperationException"/> saying how to start Azurite.</summary>
    public static string ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : throw new InvalidOperationException(NotRunning);

    /// <summary>A client for Azurite that gives up quickly, so a stopped emulator fails fast.</summary>
    public static TableServiceClient CreateClient()
    {
        var options = new TableClientOptions();
        options.Retry.MaxRetries = 1;
        options.Retry.Mode = RetryMode.Fixed;
        options.Retry.Delay = TimeSpan.FromMilliseconds(200);
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(30);
        return AzureTableServiceClientFactory.FromConnectionString(ConnectionString, options);
    }

    /// <summary>Throws with <see cref="NotRunning"/> unless Azurite answers.</summary>
    public static async Task<TableServiceClient> ConnectAsync(CancellationToken cancellationToken = default)
    {
        var client = CreateClient();
        try
        {
            await new AzureTableStore(client).PingAsync(cancellationToken);
        }
        catch (Exception e) when (e is RequestFailedException or HttpRequestException or AggregateException)
        {
            throw new InvalidOperationException($"{NotRunning} (no answer at {client.Uri}: {e.Message})", e);
        }

        return client;
    }
}
