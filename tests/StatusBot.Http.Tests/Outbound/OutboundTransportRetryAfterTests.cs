using System.Globalization;
using System.Net;
using StatusBot.Http.Outbound;
using StatusBot.Http.Tests.Fakes;

namespace StatusBot.Http.Tests.Outbound;

/// <summary>The transport's waits on a fake clock: the pipeline takes the container's TimeProvider, and nothing sleeps.</summary>
public sealed class OutboundTransportRetryAfterTests
{
    [Fact]
    public async Task SendOutboundAsync_RetryAfterDelta_RetriesWhenTheFakeClockHasMovedThatFar()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(429, retryAfter: "30");
        var clock = new WatchedClock();
        await using var host = new TransportHost(server.BaseAddress, clock);

        var sending = host.SendAsync();
        Assert.Equal(TimeSpan.FromSeconds(30), await clock.NextWaitAsync());
        clock.Advance(TimeSpan.FromSeconds(29));
        Assert.False(sending.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(1));
        using var response = await sending.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, server.Requests);
        Assert.Equal([2400], host.Logger.EventIds);
        Assert.Contains("Test op attempt 1 failed with http_429; retrying in 00:00:30", host.Logger.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendOutboundAsync_RetryAfterDate_WaitsUntilThatTimeOnTheFakeClock()
    {
        await using var server = await ScriptedServer.StartAsync();
        var clock = new WatchedClock();
        server.Then(503, retryAfter: clock.GetUtcNow().AddSeconds(20).ToString("R", CultureInfo.InvariantCulture));
        await using var host = new TransportHost(server.BaseAddress, clock);

        var sending = host.SendAsync();
        Assert.Equal(TimeSpan.FromSeconds(20), await clock.NextWaitAsync());
        clock.Advance(TimeSpan.FromSeconds(20));
        using var response = await sending.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, server.Requests);
    }

    [Fact]
    public async Task SendOutboundAsync_RetryAfterDateInThePast_RetriesAtOnce()
    {
        await using var server = await ScriptedServer.StartAsync();
        var clock = new WatchedClock();
        server.Then(503, retryAfter: clock.GetUtcNow().AddMinutes(-1).ToString("R", CultureInfo.InvariantCulture));
        await using var host = new TransportHost(server.BaseAddress, clock);

        using var response = await host.SendAsync().WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, server.Requests);
    }

    [Theory]
    [InlineData("120")]
    [InlineData("date")]
    public async Task SendOutboundAsync_RetryAfterBeyondMaxRetryDelay_GivesUpAtOnceCarryingTheWait(string retryAfter)
    {
        await using var server = await ScriptedServer.StartAsync();
        var clock = new WatchedClock();
        server.Then(429, retryAfter: retryAfter == "date" ? clock.GetUtcNow().AddSeconds(120).ToString("R", CultureInfo.InvariantCulture) : retryAfter);
        await using var host = new TransportHost(server.BaseAddress, clock);

        var error = await Assert.ThrowsAsync<OutboundGaveUpException>(() => host.SendAsync());

        Assert.Equal(("http_429", TimeSpan.FromSeconds(120), 1), (error.Error, error.RetryAfter, error.Attempts));
        Assert.Equal(1, server.Requests);
        Assert.Equal([2401], host.Logger.EventIds);
    }

    [Fact]
    public void Read_DeltaDateAndNone_TheWaitOnTheGivenClock()
    {
        var clock = new WatchedClock();
        using var delta = new HttpResponseMessage { Headers = { { "Retry-After", "7" } } };
        using var date = new HttpResponseMessage { Headers = { { "Retry-After", clock.GetUtcNow().AddSeconds(42).ToString("R", CultureInfo.InvariantCulture) } } };
        using var past = new HttpResponseMessage { Headers = { { "Retry-After", clock.GetUtcNow().AddSeconds(-42).ToString("R", CultureInfo.InvariantCulture) } } };
        using var none = new HttpResponseMessage();

        Assert.Equal(TimeSpan.FromSeconds(7), RetryAfterHeader.Read(delta, clock));
        Assert.Equal(TimeSpan.FromSeconds(42), RetryAfterHeader.Read(date, clock));
        Assert.Equal(TimeSpan.Zero, RetryAfterHeader.Read(past, clock));
        Assert.Null(RetryAfterHeader.Read(none, clock));
    }
}
