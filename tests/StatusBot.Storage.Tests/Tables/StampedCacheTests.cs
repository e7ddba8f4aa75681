using Microsoft.Extensions.Time.Testing;
using StatusBot.Storage.Tables;
using StatusBot.Storage.Tests.Sqlite;

namespace StatusBot.Storage.Tests.Tables;

/// <summary>The listing cache behind a partition's stamp, with and without a time it trusts the stamp.</summary>
public sealed class StampedCacheTests(SqliteStoreFixture fixture) : IClassFixture<SqliteStoreFixture>
{
    private static readonly TimeSpan Trust = TimeSpan.FromMilliseconds(100);

    [Fact]
    public async Task Without_a_trust_every_get_reads_the_stamp()
    {
        var (tables, table) = await TableAsync();
        var cache = new StampedCache<string>(capacity: 4);
        await cache.GetAsync(table, "p", () => Task.FromResult("first"), CancellationToken.None);
        tables.Reset();

        Assert.Equal("first", await cache.GetAsync(table, "p", () => Task.FromResult("second"), CancellationToken.None));
        Assert.Equal(1, tables.Reads);
    }

    [Fact]
    public async Task A_read_that_began_before_a_local_write_is_not_trusted_after_it()
    {
        var (tables, table) = await TableAsync();
        var cache = new StampedCache<string>(capacity: 4, new FakeTimeProvider(), Trust);
        await cache.GetAsync(table, "p", () =>
        {
            cache.Invalidate();  // this host wrote while the listing was being read
            return Task.FromResult("read across a write");
        }, CancellationToken.None);
        tables.Reset();

        await cache.GetAsync(table, "p", () => Task.FromResult("again"), CancellationToken.None);
        Assert.Equal(1, tables.Reads);  // its stamp is read again; the same stamp keeps what was read

        tables.Reset();
        await cache.GetAsync(table, "p", () => Task.FromResult("unused"), CancellationToken.None);
        Assert.Equal(0, tables.Reads);  // and now it is trusted
    }

    [Fact]
    public async Task A_stamp_found_current_again_is_trusted_again_from_then()
    {
        var (tables, table) = await TableAsync();
        var time = new FakeTimeProvider();
        var cache = new StampedCache<string>(capacity: 4, time, Trust);
        await cache.GetAsync(table, "p", () => Task.FromResult("kept"), CancellationToken.None);
        time.Advance(Trust);
        tables.Reset();

        Assert.Equal("kept", await cache.GetAsync(table, "p", () => Task.FromResult("unused"), CancellationToken.None));
        time.Advance(Trust - TimeSpan.FromMilliseconds(1));
        Assert.Equal("kept", await cache.GetAsync(table, "p", () => Task.FromResult("unused"), CancellationToken.None));
        Assert.Equal(1, tables.Reads);
    }

    private async Task<(CountingTableStore Tables, ITable Table)> TableAsync()
    {
        var tables = new CountingTableStore(fixture.Store);
        return (tables, await tables.GetTableAsync("stamped"));
    }
}
