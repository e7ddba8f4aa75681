using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;

namespace StatusBot.Storage.AzureTables;

/// <summary>Builds the <see cref="TableServiceClient"/> an <see cref="AzureTableStore"/> is made from.</summary>
public static class AzureTableServiceClientFactory
{
    /// <summary>From a storage account (or Azurite) connection string, authorised by its shared key.</summary>
    public static TableServiceClient FromConnectionString(string connectionString, TableClientOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return new TableServiceClient(connectionString, options ?? new TableClientOptions());
    }

    /// <summary>
    /// From the table endpoint (for example <c>https://account.table.core.windows.net/</c>), authorised
    /// with Microsoft Entra ID: <paramref name="credential"/>, or <see cref="DefaultAzureCredential"/> when null
    /// (managed identity in Azure, the developer's sign-in locally).
    /// </summary>
    public static TableServiceClient FromServiceUri(Uri serviceUri, TokenCredential? credential = null, TableClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(serviceUri);
        return new TableServiceClient(serviceUri, credential ?? new DefaultAzureCredential(), options ?? new TableClientOptions());
    }
}
