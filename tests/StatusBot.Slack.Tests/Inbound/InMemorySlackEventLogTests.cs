using Microsoft.Extensions.Time.Testing;
using StatusBot.Slack.Inbound;

namespace StatusBot.Slack.Tests.Inbound;

public sealed class InMemorySlackEventLogTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task TryRecordAsync_NewEvent_ReturnsTrue()
    {
        var log = new InMemorySlackEventLog(time);

        Assert.True(await log.TryRecordAsync("T1", "Ev1"));
    }

    [Fact]
    public async Task TryRecordAsync_RetryOfSameEvent_ReturnsFalse()
    {
        var log = new InMemorySlackEventLog(time);
        await log.TryRecordAsync("T1", "Ev1");

        time.Advance(TimeSpan.FromMinutes(6));

        Assert.False(await log.TryRecordAsync("T1", "Ev1"));
    }

    [Fact]
    public async Task TryRecordAsync_SameEventIdInOtherTeam_ReturnsTrue()
    {
        var log = new InMemorySlackEventLog(time);
        await log.TryRecordAsync("T1", "Ev1");

        Assert.True(await log.TryRecordAsync("T2", "Ev1"));
    }

    [Fact]
    public async Task TryRecordAsync_AfterWindow_ForgetsEvent()
    {
        var log = new InMemorySlackEventLog(time, window: TimeSpan.FromMinutes(10));
        await log.TryRecordAsync("T1", "Ev1");

        time.Advance(TimeSpan.FromMinutes(10));

        Assert.True(await log.TryRecordAsync("T1", "Ev1"));
    }

    [Fact]
    public async Task TryRecordAsync_OverCapacity_ForgetsOldestOnly()
    {
        var log = new InMemorySlackEventLog(time, capacity: 2);
        await log.TryRecordAsync("T1", "Ev1");
        await log.TryRecordAsync("T1", "Ev2");
        await log.TryRecordAsync("T1", "Ev3");

        Assert.False(await log.TryRecordAsync("T1", "Ev3"));
        Assert.False(await log.TryRecordAsync("T1", "Ev2"));
        Assert.True(await log.TryRecordAsync("T1", "Ev1"));
    }

    [Fact]
    public async Task TryRecordAsync_ConcurrentDeliveries_OnlyOneWins()
    {
        var log = new InMemorySlackEventLog(time);

        var results = await Task.WhenAll(Enumerable.Range(0, 32).Select(_ => Task.Run(() => log.TryRecordAsync("T1", "Ev1"))));

        Assert.Single(results, recorded => recorded);
    }

    [Theory]
    [InlineData("", "Ev1")]
    [InlineData("T1", "")]
    public async Task TryRecordAsync_EmptyIds_Throws(string teamId, string eventId)
    {
        var log = new InMemorySlackEventLog(time);

        await Assert.ThrowsAsync<ArgumentException>(() => log.TryRecordAsync(teamId, eventId));
    }

    [Fact]
    public void Constructor_ZeroCapacity_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new InMemorySlackEventLog(time, capacity: 0));
    }

    [Fact]
    public void Constructor_Defaults_CoverSlackRetrySchedule()
    {
        var log = new InMemorySlackEventLog(time);

        Assert.True(log.Window > TimeSpan.FromMinutes(6));
        Assert.Equal(InMemorySlackEventLog.DefaultCapacity, log.Capacity);
    }
}
