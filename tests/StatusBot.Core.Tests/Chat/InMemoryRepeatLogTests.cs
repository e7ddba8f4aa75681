using Microsoft.Extensions.Time.Testing;
using StatusBot.Core.Chat;

namespace StatusBot.Core.Tests.Chat;

public sealed class InMemoryRepeatLogTests
{
    [Fact]
    public async Task A_key_is_first_once_within_its_window_and_new_again_after_it()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));
        var log = new InMemoryRepeatLog(clock);

        Assert.True(await log.TryFirstAsync("k", TimeSpan.FromSeconds(30)));
        Assert.False(await log.TryFirstAsync("k", TimeSpan.FromSeconds(30)));
        Assert.True(await log.TryFirstAsync("other", TimeSpan.FromSeconds(30)));
        clock.Advance(TimeSpan.FromSeconds(30));
        Assert.True(await log.TryFirstAsync("k", TimeSpan.FromSeconds(30)));
        Assert.False(await log.TryFirstAsync("k", TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task Racing_callers_let_exactly_one_through()
    {
        var log = new InMemoryRepeatLog(TimeProvider.System);

        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => log.TryFirstAsync("k", TimeSpan.FromMinutes(1)))));

        Assert.Single(results, first => first);
    }
}
