using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using StatusBot.Storage.Conversations;
using StatusBot.Storage.Tables;

namespace StatusBot.Storage.Tests.Conversations;

/// <summary>The repeat log on every engine: the first of a key within its window acts, on every host sharing the store.</summary>
public abstract class RepeatLogContract
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));

    protected abstract ITableStore Engine { get; }

    private static string Key() => "slack/event/T1|Ev" + Guid.NewGuid().ToString("N") + "?#/\\";

    [Fact]
    public async Task A_key_is_first_once_within_its_window_and_new_again_after_it()
    {
        var log = new TableRepeatLog(Engine, _clock);
        var key = Key();

        Assert.True(await log.TryFirstAsync(key, TimeSpan.FromMinutes(10)));
        Assert.False(await log.TryFirstAsync(key, TimeSpan.FromMinutes(10)));
        Assert.True(await log.TryFirstAsync(Key(), TimeSpan.FromMinutes(10)));
        _clock.Advance(TimeSpan.FromMinutes(9));
        Assert.False(await log.TryFirstAsync(key, TimeSpan.FromMinutes(10)));

        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.True(await log.TryFirstAsync(key, TimeSpan.FromMinutes(10)));
        Assert.False(await log.TryFirstAsync(key, TimeSpan.FromMinutes(10)));
    }

    [Fact]
    public async Task Two_hosts_racing_on_one_key_let_exactly_one_through_first_and_after_the_window()
    {
        var hosts = Enumerable.Range(0, 6).Select(_ => new TableRepeatLog(Engine, _clock)).ToList();
        var key = Key();

        var first = await Task.WhenAll(hosts.Select(h => h.TryFirstAsync(key, TimeSpan.FromSeconds(30))));
        _clock.Advance(TimeSpan.FromSeconds(31));
        var again = await Task.WhenAll(hosts.Select(h => h.TryFirstAsync(key, TimeSpan.FromSeconds(30))));

        Assert.Single(first, taken => taken);
        Assert.Single(again, taken => taken);
    }

    [Fact]
    public async Task A_sweep_deletes_the_rows_whose_window_ended_and_keeps_the_others()
    {
        var log = new TableRepeatLog(Engine, _clock);
        var (ended, live) = (Key(), Key());
        await log.TryFirstAsync(ended, TimeSpan.FromMinutes(1));
        await log.TryFirstAsync(live, TimeSpan.FromHours(2));
        _clock.Advance(TimeSpan.FromHours(1));

        Assert.True(await log.SweepAsync(_clock.GetUtcNow()) >= 1);

        Assert.Null(await RowAsync(ended));
        Assert.NotNull(await RowAsync(live));
        Assert.False(await log.TryFirstAsync(live, TimeSpan.FromHours(2)));
    }

    private async Task<TableRow?> RowAsync(string key)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
        return await (await Engine.GetTableAsync(TableRepeatLog.TableName)).GetAsync(hash[..1], hash);
    }
}

public sealed class SqliteRepeatLogTests(Sqlite.SqliteStoreFixture fixture) : RepeatLogContract, IClassFixture<Sqlite.SqliteStoreFixture>
{
    protected override ITableStore Engine => fixture.Store;
}

public sealed class AzureRepeatLogTests : RepeatLogContract
{
    private readonly ITableStore _engine = new global::StatusBot.Storage.AzureTables.AzureTableStore(Azurite.CreateClient());

    protected override ITableStore Engine => _engine;
}
