using StatusBot.Storage.Tables;

namespace StatusBot.Storage.Tests.Contract;

public abstract partial class TableStoreContract
{
    private const int Racers = 20;

    [Theory]
    [InlineData(TableOperationKind.Replace)]
    [InlineData(TableOperationKind.Merge)]
    [InlineData(TableOperationKind.Delete)]
    public async Task Write_TwentyWritersWithSameETag_ExactlyOneWins(TableOperationKind kind)
    {
        var table = await NewTableAsync();
        var eTag = await table.InsertAsync(Row("p", "lease", ("Owner", "none")));
        var outcomes = await RaceAsync(i => kind switch
        {
            TableOperationKind.Replace => table.ReplaceAsync(Row("p", "lease", ("Owner", $"w{i}")), eTag),
            TableOperationKind.Merge => table.MergeAsync(Row("p", "lease", ("Owner", $"w{i}")), eTag),
            _ => table.DeleteAsync("p", "lease", eTag),
        });

        // Losers of a delete race find the row gone (Azure answers 404 then); the others, a changed ETag.
        var loserType = kind == TableOperationKind.Delete ? typeof(EntityNotFoundException) : typeof(ETagMismatchException);
        Assert.Equal(1, outcomes.Count(o => o is null));
        Assert.All(outcomes.Where(o => o is not null), o => Assert.IsType(loserType, o));
        var row = await table.GetAsync("p", "lease");
        if (kind == TableOperationKind.Delete)
        {
            Assert.Null(row);
        }
        else
        {
            Assert.NotEqual("none", row?["Owner"]);
        }
    }

    [Fact]
    public async Task InsertAsync_TwentyConcurrentInsertsOfOneRow_ExactlyOneWins()
    {
        var table = await NewTableAsync();
        var outcomes = await RaceAsync(i => table.InsertAsync(Row("p", "once", ("Writer", i))));
        Assert.Equal(1, outcomes.Count(o => o is null));
        Assert.All(outcomes.Where(o => o is not null), o => Assert.IsType<EntityAlreadyExistsException>(o));
    }

    [Fact]
    public async Task Write_ConcurrentWritersOnDifferentRows_AllSucceed()
    {
        var table = await NewTableAsync();
        var outcomes = await RaceAsync(i => table.UpsertAsync(Row("p", $"r{i:D2}", ("I", i))));
        Assert.All(outcomes, Assert.Null);
        Assert.Equal(Racers, (await ReadAllAsync(table, "p")).Count);
    }

    [Fact]
    public async Task MergeAsync_ManyConcurrentMergesWithAnyETag_LoseNoProperty()
    {
        var table = await NewTableAsync();
        await table.InsertAsync(Row("p", "shared"));
        var outcomes = await RaceAsync(i => table.MergeAsync(Row("p", "shared", ($"P{i}", i)), "*"), writers: 60);
        Assert.All(outcomes, Assert.Null);
        Assert.Equal(60, (await ReadAsync(table, "p", "shared")).Properties.Count);
    }

    private static async Task<Exception?[]> RaceAsync(Func<int, Task> write, int writers = Racers)
    {
        using var start = new ManualResetEventSlim();
        var tasks = Enumerable.Range(0, writers).Select(i => Task.Run(async () =>
        {
            start.Wait();
            try
            {
                await write(i);
                return null;
            }
            catch (TableStoreException e)
            {
                return (Exception?)e;
            }
        })).ToList();
        start.Set();
        return await Task.WhenAll(tasks);
    }
}
