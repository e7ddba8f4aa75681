using StatusBot.Storage.AzureTables;
using StatusBot.Storage.Tables;

namespace StatusBot.Storage.Tests.Commitments;

/// <summary>
/// The commitment store on Azurite. It keeps to workspaces of its own rather than sharing the table
/// contract's fixture, which drops that suite's tables when it ends.
/// </summary>
public sealed class AzureCommitmentStoreTests : CommitmentStoreContract
{
    private readonly AzureTableStore _tables = new(Azurite.CreateClient());

    protected override ITableStore Tables => _tables;
}
