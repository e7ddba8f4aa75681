using StatusBot.Storage.Tables;

namespace StatusBot.Storage.Tests.Contract;

public abstract partial class TableStoreContract
{
    [Theory]
    [InlineData(1000)]
    [InlineData(100)]
    [InlineData(7)]
    public async Task QueryAsync_MoreRowsThanAPage_PagesConcatenateToAllRowsInOrder(int pageSize)
    {
        var table = await NewTableAsync();
        var keys = Enumerable.Range(0, 1234).Select(i => $"row{i:D5}").ToList();
        await InsertManyAsync(table, "p", keys.AsEnumerable().Reverse());
        await table.InsertAsync(Row("p0", "row00000"));

        var rows = await ReadAllAsync(table, "p", pageSize: pageSize);

        Assert.Equal(keys, rows.Select(r => r.RowKey));
        Assert.All(rows, r => Assert.Equal("p", r.PartitionKey));
    }

    [Fact]
    public async Task QueryAsync_FirstPage_HasAtMostPageSizeRowsAndAToken()
    {
        var table = await NewTableAsync();
        await InsertManyAsync(table, "p", Enumerable.Range(0, 15).Select(i => $"r{i:D2}"));
        var page = await table.QueryAsync("p", pageSize: 10);
        Assert.InRange(page.Rows.Count, 0, 10);
        Assert.NotNull(page.ContinuationToken);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1001)]
    public async Task QueryAsync_PageSizeOutOfRange_ThrowsArgumentOutOfRange(int pageSize)
    {
        var table = await NewTableAsync();
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => table.QueryAsync("p", pageSize: pageSize));
    }

    [Fact]
    public async Task QueryAsync_EmptyPartition_ReturnsNoRowsAndNoToken()
    {
        var table = await NewTableAsync();
        var page = await table.QueryAsync("nothing");
        Assert.Empty(page.Rows);
        Assert.Null(page.ContinuationToken);
    }

    [Fact]
    public async Task QueryAsync_Range_ReturnsKeysFromInclusiveToExclusive()
    {
        var table = await NewTableAsync();
        await InsertManyAsync(table, "p", ["a", "b", "ba", "c", "d"]);
        Assert.Equal(["b", "ba", "c"], (await ReadAllAsync(table, "p", new RowKeyRange("b", "d"))).Select(r => r.RowKey));
        Assert.Equal(["a", "b", "ba"], (await ReadAllAsync(table, "p", new RowKeyRange(null, "c"))).Select(r => r.RowKey));
        Assert.Equal(["c", "d"], (await ReadAllAsync(table, "p", new RowKeyRange("c", null))).Select(r => r.RowKey));
    }

    [Theory]
    [InlineData("a")]
    [InlineData("ab")]
    [InlineData("a~")]
    [InlineData("a\uFFFF")]
    [InlineData("Z")]
    public async Task QueryAsync_Prefix_ReturnsExactlyTheKeysWithThatPrefix(string prefix)
    {
        var table = await NewTableAsync();
        string[] keys = ["", "A", "Z", "Z0", "a", "a b", "a~", "a~~", "a\u007E\u00A0", "a\uFFFF", "a\uFFFFz", "ab", "abc", "ac", "b", "\u00E9"];
        await InsertManyAsync(table, "p", keys);
        var expected = keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal);
        Assert.Equal(expected, (await ReadAllAsync(table, "p", RowKeyRange.Prefix(prefix))).Select(r => r.RowKey));
    }

    [Fact]
    public async Task QueryAsync_SimilarPartitionKeys_NeverLeakIntoEachOther()
    {
        var table = await NewTableAsync();
        string[] partitions = ["", "a", "ab", "a b", "A", "a\u0301", "\u00E1", "b"];
        foreach (var partition in partitions)
        {
            await InsertManyAsync(table, partition, ["1", "2", partition + "x"]);
        }

        foreach (var partition in partitions)
        {
            var rows = await ReadAllAsync(table, partition);
            Assert.Equal(["1", "2", partition + "x"], rows.Select(r => r.RowKey));
            Assert.All(rows, r => Assert.Equal(partition, r.PartitionKey));
            Assert.Single(await ReadAllAsync(table, partition, RowKeyRange.Prefix(partition + "x")));
        }
    }

    [Fact]
    public async Task QueryAsync_UnicodeKeys_ComeBackInOrdinalOrder()
    {
        var table = await NewTableAsync();
        string[] keys = ["z", "\u00E9", "\u4E2D\u6587", "\u05E9\u05DC\u05D5\u05DD", "\uD83D\uDE00", "\uFF21", "\uFFFD", "e\u0301", "~"];
        await InsertManyAsync(table, "p", keys);
        Assert.Equal(keys.Order(StringComparer.Ordinal), (await ReadAllAsync(table, "p")).Select(r => r.RowKey));
    }
}
