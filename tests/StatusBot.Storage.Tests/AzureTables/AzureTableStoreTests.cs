using Azure;
using Azure.Data.Tables;
using StatusBot.Storage.AzureTables;
using StatusBot.Storage.Tables;
using StatusBot.Storage.Tests.Contract;

namespace StatusBot.Storage.Tests.AzureTables;

public sealed class AzureTableStoreTests(AzuriteStoreFixture fixture) : TableStoreContract, IClassFixture<AzuriteStoreFixture>
{
    private readonly AzureTableStore _store = fixture.Store;

    protected override ITableStore Store => _store;

    /// <summary>
    /// Azurite does not check the entity a merge produces; real Azure does, answering 400 with
    /// EntityTooLarge or TooManyProperties. The client cannot see the stored row, so here the
    /// adapter's mapping of those answers is what is checked.
    /// </summary>
    [Fact]
    public override async Task MergeAsync_ResultOverLimits_ThrowsEntityTooLarge()
    {
        var table = await NewTableAsync();
        var row = Row("p", "r");
        foreach (var code in new[] { "EntityTooLarge", "TooManyProperties", "PropertyValueTooLarge" })
        {
            var mapped = AzureErrors.Map(new RequestFailedException(400, "refused", code, null), table.Name, row);
            Assert.IsType<EntityTooLargeException>(mapped);
        }
    }

    [Fact]
    public async Task A_table_lost_at_run_time_is_created_again_by_the_next_write_and_read()
    {
        var table = await NewTableAsync();
        await table.InsertAsync(Row("p", "before"));
        await Azurite.CreateClient().DeleteTableAsync(table.Name);

        await table.InsertAsync(Row("p", "after"));
        Assert.NotNull(await table.GetAsync("p", "after"));
        Assert.Single((await table.QueryAsync("p")).Rows);

        await Azurite.CreateClient().DeleteTableAsync(table.Name);
        Assert.Empty((await table.QueryAsync("p")).Rows);
        await table.ExecuteBatchAsync([new TableOperation(TableOperationKind.Insert, Row("p", "batched"))]);
        Assert.NotNull(await table.GetAsync("p", "batched"));
    }

    [Theory]
    [InlineData(404, "ResourceNotFound", typeof(EntityNotFoundException))]
    [InlineData(409, "EntityAlreadyExists", typeof(EntityAlreadyExistsException))]
    [InlineData(412, "UpdateConditionNotSatisfied", typeof(ETagMismatchException))]
    [InlineData(413, "RequestBodyTooLarge", typeof(EntityTooLargeException))]
    public void Map_RowFailure_GivesTypedException(int status, string code, Type expected)
    {
        var mapped = AzureErrors.Map(new RequestFailedException(status, "refused", code, null), "Things", Row("p", "r"));
        Assert.IsType(expected, mapped);
        Assert.Contains("'Things'", mapped!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(404, "TableNotFound")]
    [InlineData(409, "TableBeingDeleted")]
    [InlineData(403, "AuthorizationFailure")]
    [InlineData(503, "ServerBusy")]
    public void Map_FailureNotAboutTheRow_GivesNull(int status, string code) =>
        Assert.Null(AzureErrors.Map(new RequestFailedException(status, "refused", code, null), "Things", Row("p", "r")));

    [Fact]
    public async Task InsertAsync_Long_IsStoredAsEdmInt64()
    {
        var table = await NewTableAsync();
        await table.InsertAsync(Row("p", "r", ("Small", 1L), ("Whole", 2.0)));
        var entity = await fixture.Client.GetTableClient(table.Name).GetEntityAsync<TableEntity>("p", "r");
        Assert.IsType<long>(entity.Value["Small"]);
        Assert.IsType<double>(entity.Value["Whole"]);
    }
}
