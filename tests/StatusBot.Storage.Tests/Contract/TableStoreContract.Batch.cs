using StatusBot.Storage.Tables;

namespace StatusBot.Storage.Tests.Contract;

public abstract partial class TableStoreContract
{
    [Fact]
    public async Task ExecuteBatchAsync_EveryKind_AppliesAllAndReturnsETagsInOrder()
    {
        var table = await NewTableAsync();
        var replaceETag = await table.InsertAsync(Row("p", "replace", ("A", 1), ("B", 1)));
        var mergeETag = await table.InsertAsync(Row("p", "merge", ("A", 1), ("B", 1)));
        var deleteETag = await table.InsertAsync(Row("p", "delete"));
        await table.InsertAsync(Row("p", "upsert", ("A", 1), ("B", 1)));

        var eTags = await table.ExecuteBatchAsync(
        [
            new(TableOperationKind.Insert, Row("p", "insert", ("A", 1))),
            new(TableOperationKind.Replace, Row("p", "replace", ("A", 2)), replaceETag),
            new(TableOperationKind.Merge, Row("p", "merge", ("A", 2)), mergeETag),
            new(TableOperationKind.UpsertMerge, Row("p", "upsert", ("A", 2))),
            new(TableOperationKind.UpsertReplace, Row("p", "new", ("A", 2))),
            new(TableOperationKind.Delete, Row("p", "delete"), deleteETag),
        ]);

        Assert.Equal(6, eTags.Count);
        Assert.Equal(string.Empty, eTags[5]);
        string[] keys = ["insert", "replace", "merge", "upsert", "new"];
        for (var i = 0; i < keys.Length; i++)
        {
            Assert.Equal(eTags[i], (await ReadAsync(table, "p", keys[i])).ETag);
        }

        Assert.False((await ReadAsync(table, "p", "replace")).Properties.ContainsKey("B"));
        Assert.Equal(1, (await ReadAsync(table, "p", "merge"))["B"]);
        Assert.Equal(1, (await ReadAsync(table, "p", "upsert"))["B"]);
        Assert.Null(await table.GetAsync("p", "delete"));
    }

    [Fact]
    public async Task ExecuteBatchAsync_InsertOfExistingRowInMiddle_RollsBackEverything()
    {
        var table = await NewTableAsync();
        var eTag = await table.InsertAsync(Row("p", "existing", ("V", "before")));
        var failure = await Assert.ThrowsAsync<TableBatchFailedException>(() => table.ExecuteBatchAsync(
        [
            new(TableOperationKind.Insert, Row("p", "a")),
            new(TableOperationKind.UpsertReplace, Row("p", "b")),
            new(TableOperationKind.Insert, Row("p", "existing", ("V", "after"))),
            new(TableOperationKind.Insert, Row("p", "c")),
        ]));

        Assert.Equal(2, failure.FailedIndex);
        Assert.IsType<EntityAlreadyExistsException>(failure.Reason);
        Assert.Equal(["existing"], (await ReadAllAsync(table, "p")).Select(r => r.RowKey));
        Assert.Equal(eTag, (await ReadAsync(table, "p", "existing")).ETag);
    }

    [Fact]
    public async Task ExecuteBatchAsync_StaleETag_FailsAtItsIndexWithETagMismatch()
    {
        var table = await NewTableAsync();
        var stale = await table.InsertAsync(Row("p", "r", ("V", 1)));
        await table.MergeAsync(Row("p", "r", ("V", 2)), "*");
        var failure = await Assert.ThrowsAsync<TableBatchFailedException>(() => table.ExecuteBatchAsync(
        [
            new(TableOperationKind.Insert, Row("p", "a")),
            new(TableOperationKind.Replace, Row("p", "r", ("V", 3)), stale),
        ]));

        Assert.Equal(1, failure.FailedIndex);
        Assert.IsType<ETagMismatchException>(failure.Reason);
        Assert.Null(await table.GetAsync("p", "a"));
    }

    [Fact]
    public async Task ExecuteBatchAsync_DeleteOfMissingRow_FailsWithEntityNotFound()
    {
        var table = await NewTableAsync();
        var failure = await Assert.ThrowsAsync<TableBatchFailedException>(() => table.ExecuteBatchAsync(
        [
            new(TableOperationKind.Insert, Row("p", "a")),
            new(TableOperationKind.Delete, Row("p", "missing"), "*"),
        ]));

        Assert.Equal(1, failure.FailedIndex);
        Assert.IsType<EntityNotFoundException>(failure.Reason);
        Assert.Null(await table.GetAsync("p", "a"));
    }

    [Fact]
    public async Task ExecuteBatchAsync_MixedPartitions_ThrowsArgumentException()
    {
        var table = await NewTableAsync();
        await Assert.ThrowsAsync<ArgumentException>(() => table.ExecuteBatchAsync(
            [new(TableOperationKind.Insert, Row("p", "a")), new(TableOperationKind.Insert, Row("q", "a"))]));
        Assert.Null(await table.GetAsync("p", "a"));
    }

    [Fact]
    public async Task ExecuteBatchAsync_SameRowTwice_ThrowsArgumentException()
    {
        var table = await NewTableAsync();
        await Assert.ThrowsAsync<ArgumentException>(() => table.ExecuteBatchAsync(
            [new(TableOperationKind.Insert, Row("p", "a")), new(TableOperationKind.UpsertMerge, Row("p", "a"))]));
    }

    [Fact]
    public async Task ExecuteBatchAsync_HundredOperations_SucceedsButHundredAndOneIsRefused()
    {
        var table = await NewTableAsync();
        var ops = Enumerable.Range(0, 101).Select(i => new TableOperation(TableOperationKind.Insert, Row("p", $"r{i:D3}"))).ToList();
        await Assert.ThrowsAsync<EntityTooLargeException>(() => table.ExecuteBatchAsync(ops));
        Assert.Empty(await ReadAllAsync(table, "p"));
        Assert.Equal(100, (await table.ExecuteBatchAsync(ops[..100])).Count);
        Assert.Equal(100, (await ReadAllAsync(table, "p")).Count);
    }

    [Fact]
    public async Task ExecuteBatchAsync_OverFourMiB_ThrowsEntityTooLarge()
    {
        var table = await NewTableAsync();
        var ops = Enumerable.Range(0, 5).Select(i => new TableOperation(TableOperationKind.Insert, NearlyOneMiB("p", $"r{i}"))).ToList();
        await Assert.ThrowsAsync<EntityTooLargeException>(() => table.ExecuteBatchAsync(ops));
    }

    [Fact]
    public async Task ExecuteBatchAsync_RowOverLimits_FailsAtItsIndex()
    {
        var table = await NewTableAsync();
        var failure = await Assert.ThrowsAsync<TableBatchFailedException>(() => table.ExecuteBatchAsync(
            [new(TableOperationKind.Insert, Row("p", "a")), new(TableOperationKind.Insert, Row("p", "b", ("S", new string('x', 40_000))))]));
        Assert.Equal(1, failure.FailedIndex);
        Assert.IsType<EntityTooLargeException>(failure.Reason);
        Assert.Null(await table.GetAsync("p", "a"));
    }

    [Fact]
    public async Task ExecuteBatchAsync_Empty_ReturnsNoETags()
    {
        var table = await NewTableAsync();
        Assert.Empty(await table.ExecuteBatchAsync([]));
    }
}
