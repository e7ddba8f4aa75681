using StatusBot.Storage.Tables;

namespace StatusBot.Storage.Tests.Contract;

public abstract partial class TableStoreContract
{
    [Fact]
    public async Task GetAsync_MissingRow_ReturnsNull()
    {
        var table = await NewTableAsync();
        Assert.Null(await table.GetAsync("p", "missing"));
    }

    [Fact]
    public async Task InsertAsync_NewRow_ReadsBackWithItsETag()
    {
        var table = await NewTableAsync();
        var eTag = await table.InsertAsync(Row("p", "r", ("Name", "first")));
        var row = await ReadAsync(table, "p", "r");
        Assert.Equal(eTag, row.ETag);
        Assert.Equal("first", row["Name"]);
        Assert.Equal(("p", "r"), (row.PartitionKey, row.RowKey));
    }

    [Fact]
    public async Task InsertAsync_ExistingRow_ThrowsEntityAlreadyExists()
    {
        var table = await NewTableAsync();
        await table.InsertAsync(Row("p", "r", ("V", 1)));
        await Assert.ThrowsAsync<EntityAlreadyExistsException>(() => table.InsertAsync(Row("p", "r", ("V", 2))));
        Assert.Equal(1, (await ReadAsync(table, "p", "r"))["V"]);
    }

    [Fact]
    public async Task ReplaceAsync_CurrentETag_ReplacesAndDropsOtherProperties()
    {
        var table = await NewTableAsync();
        var eTag = await table.InsertAsync(Row("p", "r", ("A", 1), ("B", 2)));
        var newETag = await table.ReplaceAsync(Row("p", "r", ("A", 10)), eTag);
        var row = await ReadAsync(table, "p", "r");
        Assert.NotEqual(eTag, newETag);
        Assert.Equal(newETag, row.ETag);
        Assert.Equal(10, row["A"]);
        Assert.False(row.Properties.ContainsKey("B"));
    }

    [Fact]
    public async Task ReplaceAsync_StaleETag_ThrowsETagMismatch()
    {
        var table = await NewTableAsync();
        var stale = await table.InsertAsync(Row("p", "r", ("A", 1)));
        await table.ReplaceAsync(Row("p", "r", ("A", 2)), stale);
        await Assert.ThrowsAsync<ETagMismatchException>(() => table.ReplaceAsync(Row("p", "r", ("A", 3)), stale));
        Assert.Equal(2, (await ReadAsync(table, "p", "r"))["A"]);
    }

    [Fact]
    public async Task ReplaceAsync_AnyETag_Replaces()
    {
        var table = await NewTableAsync();
        await table.InsertAsync(Row("p", "r", ("A", 1)));
        await table.ReplaceAsync(Row("p", "r", ("A", 2)), "*");
        Assert.Equal(2, (await ReadAsync(table, "p", "r"))["A"]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ReplaceAndMerge_MissingRow_ThrowEntityNotFound(bool anyETag)
    {
        var table = await NewTableAsync();
        var eTag = anyETag ? "*" : await DeletedRowETagAsync(table);
        await Assert.ThrowsAsync<EntityNotFoundException>(() => table.ReplaceAsync(Row("p", "gone", ("A", 1)), eTag));
        await Assert.ThrowsAsync<EntityNotFoundException>(() => table.MergeAsync(Row("p", "gone", ("A", 1)), eTag));
        await Assert.ThrowsAsync<EntityNotFoundException>(() => table.DeleteAsync("p", "gone", eTag));
        Assert.Null(await table.GetAsync("p", "gone"));
    }

    [Fact]
    public async Task MergeAsync_CurrentETag_KeepsOtherProperties()
    {
        var table = await NewTableAsync();
        var eTag = await table.InsertAsync(Row("p", "r", ("A", 1), ("B", "b")));
        var newETag = await table.MergeAsync(Row("p", "r", ("A", 2), ("C", true)), eTag);
        var row = await ReadAsync(table, "p", "r");
        Assert.Equal(newETag, row.ETag);
        Assert.NotEqual(eTag, newETag);
        Assert.Equal(2, row["A"]);
        Assert.Equal("b", row["B"]);
        Assert.Equal(true, row["C"]);
    }

    [Fact]
    public async Task MergeAsync_StaleETag_ThrowsETagMismatch()
    {
        var table = await NewTableAsync();
        var stale = await table.InsertAsync(Row("p", "r", ("A", 1)));
        await table.MergeAsync(Row("p", "r", ("A", 2)), stale);
        await Assert.ThrowsAsync<ETagMismatchException>(() => table.MergeAsync(Row("p", "r", ("A", 3)), stale));
        Assert.Equal(2, (await ReadAsync(table, "p", "r"))["A"]);
    }

    [Fact]
    public async Task MergeAsync_AnyETag_Merges()
    {
        var table = await NewTableAsync();
        await table.InsertAsync(Row("p", "r", ("A", 1), ("B", 1)));
        await table.MergeAsync(Row("p", "r", ("A", 2)), "*");
        var row = await ReadAsync(table, "p", "r");
        Assert.Equal((2, 1), ((int)row["A"]!, (int)row["B"]!));
    }

    [Fact]
    public async Task UpsertAsync_MissingOrExisting_InsertsThenReplacesOrMerges()
    {
        var table = await NewTableAsync();
        var first = await table.UpsertAsync(Row("p", "r", ("A", 1), ("B", 1)));
        Assert.Equal(first, (await ReadAsync(table, "p", "r")).ETag);
        var merged = await table.UpsertAsync(Row("p", "r", ("A", 2)), merge: true);
        var row = await ReadAsync(table, "p", "r");
        Assert.Equal((2, 1, merged), ((int)row["A"]!, (int)row["B"]!, row.ETag));
        await table.UpsertAsync(Row("p", "r", ("A", 3)));
        row = await ReadAsync(table, "p", "r");
        Assert.Equal(3, row["A"]);
        Assert.False(row.Properties.ContainsKey("B"));
        Assert.NotEqual(first, merged);
    }

    [Fact]
    public async Task DeleteAsync_CurrentOrAnyETag_DeletesRow()
    {
        var table = await NewTableAsync();
        var eTag = await table.InsertAsync(Row("p", "a"));
        await table.InsertAsync(Row("p", "b"));
        await table.DeleteAsync("p", "a", eTag);
        await table.DeleteAsync("p", "b", "*");
        Assert.Null(await table.GetAsync("p", "a"));
        Assert.Null(await table.GetAsync("p", "b"));
    }

    [Fact]
    public async Task DeleteAsync_StaleETag_ThrowsETagMismatchAndKeepsRow()
    {
        var table = await NewTableAsync();
        var stale = await table.InsertAsync(Row("p", "r", ("A", 1)));
        await table.UpsertAsync(Row("p", "r", ("A", 2)));
        await Assert.ThrowsAsync<ETagMismatchException>(() => table.DeleteAsync("p", "r", stale));
        Assert.NotNull(await table.GetAsync("p", "r"));
    }

    [Fact]
    public async Task GetTableAsync_NameInOtherCase_IsTheSameTable()
    {
        var name = TablePrefix + Guid.NewGuid().ToString("N");
        var lower = await Store.GetTableAsync(name);
        await lower.InsertAsync(Row("p", "r"));
        var upper = await Store.GetTableAsync(name.ToUpperInvariant());
        Assert.NotNull(await upper.GetAsync("p", "r"));
    }

    [Theory]
    [InlineData("ab")]
    [InlineData("1abc")]
    [InlineData("ab-c")]
    [InlineData("ab_c")]
    [InlineData("tables")]
    [InlineData("a234567890123456789012345678901234567890123456789012345678901234")]
    public async Task GetTableAsync_InvalidName_ThrowsArgumentException(string name) =>
        await Assert.ThrowsAsync<ArgumentException>(() => Store.GetTableAsync(name));

    [Fact]
    public async Task PingAsync_StoreAnswers_Completes() => await Store.PingAsync();

    private static async Task<string> DeletedRowETagAsync(ITable table)
    {
        var eTag = await table.InsertAsync(Row("p", "gone"));
        await table.DeleteAsync("p", "gone", eTag);
        return eTag;
    }
}
