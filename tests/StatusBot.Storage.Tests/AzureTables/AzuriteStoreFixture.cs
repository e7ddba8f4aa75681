using System.Runtime.ExceptionServices;
using Azure.Data.Tables;
using StatusBot.Storage.AzureTables;
using StatusBot.Storage.Tests.Contract;

namespace StatusBot.Storage.Tests.AzureTables;

/// <summary>An <see cref="AzureTableStore"/> on Azurite; deletes the contract tests' tables afterwards.</summary>
public sealed class AzuriteStoreFixture : IAsyncLifetime
{
    private ExceptionDispatchInfo? _failure;
    private TableServiceClient? _client;

    public AzureTableStore Store => new(Client);

    public TableServiceClient Client
    {
        get
        {
            _failure?.Throw();
            return _client!;
        }
    }

    public async Task InitializeAsync()
    {
        try
        {
            _client = await Azurite.ConnectAsync();
        }
        catch (InvalidOperationException e)
        {
            // Every test then fails with the message, instead of the fixture failing opaquely.
            _failure = ExceptionDispatchInfo.Capture(e);
        }
    }

    public async Task DisposeAsync()
    {
        if (_client is null)
        {
            return;
        }

        var prefix = TableStoreContract.TablePrefix;
        var upper = prefix[..^1] + (char)(prefix[^1] + 1);
        await foreach (var table in _client.QueryAsync($"TableName ge '{prefix}' and TableName lt '{upper}'"))
        {
            await _client.DeleteTableAsync(table.Name);
        }
    }
}
