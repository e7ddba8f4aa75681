using System.Net;
using StatusBot.Http.Outbound;
using StatusBot.Http.Pacing;
using StatusBot.Http.Tests.Fakes;

namespace StatusBot.Http.Tests.Outbound;

public sealed class OutboundTransportRetryTests
{
    [Fact]
    public async Task SendOutboundAsync_TwoTransientAnswersWithoutRetryAfter_BacksOffExponentiallyWithJitter()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(503).Then(503);
        var clock = new WatchedClock();
        await using var host = new TransportHost(server.BaseAddress, clock);

        var sending = host.SendAsync();
        var first = await clock.NextWaitAsync();
        clock.Advance(first);
        var second = await clock.NextWaitAsync();
        clock.Advance(second);
        using var response = await sending.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(3, server.Requests);
        Assert.InRange(first, TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(1));
        Assert.InRange(second, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task SendOutboundAsync_AttemptsRunOut_GivesUpWithTheLastErrorAndTheNextBackoff()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(503).Then(503).Then(503);
        var clock = new WatchedClock();
        await using var host = new TransportHost(server.BaseAddress, clock, new TestOutboundOptions { MaxAttempts = 2 });

        var sending = host.SendAsync();
        clock.Advance(await clock.NextWaitAsync());
        var error = await Assert.ThrowsAsync<OutboundGaveUpException>(() => sending.WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.Equal(("http_503", 2), (error.Error, error.Attempts));
        Assert.InRange(error.RetryAfter, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2));
        Assert.Equal(2, server.Requests);
        Assert.Equal([2400, 2401], host.Logger.EventIds);
    }

    [Fact]
    public async Task SendOutboundAsync_AnswerTheClassifierKeeps_ReturnedWithoutRetrying()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(500);
        await using var host = new TransportHost(server.BaseAddress, new WatchedClock());

        using var response = await host.SendAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(1, server.Requests);
        Assert.Empty(host.Logger.EventIds);
    }

    [Fact]
    public async Task SendAsync_RequestWithoutAnOutboundCall_NeverRetried()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(503);
        await using var host = new TransportHost(server.BaseAddress, new WatchedClock());

        using var response = await host.Http.PostAsync(new Uri("plain", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public async Task SendOutboundAsync_AttemptHangs_TimesOutOnRealTimeAndRetries()
    {
        // The attempt timeout guards against a hung connection: it runs on real time, so the fake clock never has to
        // move for it (and moving the fake clock on cannot cut through a call in flight). Only the backoff is scheduled.
        await using var server = await ScriptedServer.StartAsync();
        server.ThenHang();
        var clock = new WatchedClock();
        await using var host = new TransportHost(server.BaseAddress, clock, new TestOutboundOptions { AttemptTimeout = TimeSpan.FromSeconds(1) });

        var sending = host.SendAsync();
        clock.Advance(TimeSpan.FromMinutes(1)); // well past the attempt timeout on the fake clock, within the total
        Assert.False(sending.IsCompleted);
        // Each backoff waits on the fake clock; a loaded machine may need more than one retry to get its answer.
        for (var round = 0; round < 3 && !sending.IsCompleted; round++)
        {
            clock.Advance(await clock.NextWaitAsync());
            await Task.WhenAny(sending, Task.Delay(TimeSpan.FromSeconds(5)));
        }

        using var response = await sending.WaitAsync(TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(server.Requests >= 2);
        Assert.StartsWith("Test op attempt 1 failed with timeout", host.Logger.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendOutboundAsync_TotalTimeoutPasses_GivesUpWithTimeout()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(503, "10").Then(503, "10").Then(503, "10");
        var clock = new WatchedClock();
        await using var host = new TransportHost(server.BaseAddress, clock, new TestOutboundOptions { MaxAttempts = 10, TotalTimeout = TimeSpan.FromSeconds(25) });

        var sending = host.SendAsync();
        clock.Advance(await clock.NextWaitAsync());
        clock.Advance(await clock.NextWaitAsync());
        Assert.Equal(TimeSpan.FromSeconds(10), await clock.NextWaitAsync());
        clock.Advance(TimeSpan.FromSeconds(5));
        var error = await Assert.ThrowsAsync<OutboundGaveUpException>(() => sending.WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.Equal("timeout", error.Error);
        Assert.Equal(3, server.Requests);
    }

    [Fact]
    public async Task SendOutboundAsync_PacedKey_EveryAttemptWaitsForItsSlot()
    {
        await using var server = await ScriptedServer.StartAsync();
        server.Then(503, "0");
        var clock = new WatchedClock();
        await using var host = new TransportHost(server.BaseAddress, clock, pacer: time => new GcraPacer(TimeSpan.FromSeconds(1), 1, time));

        var sending = host.SendAsync(paceKey: "C1");
        Assert.Equal(TimeSpan.FromSeconds(1), await clock.NextWaitAsync());
        Assert.Equal(1, server.Requests);
        clock.Advance(TimeSpan.FromSeconds(1));
        using var response = await sending.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, server.Requests);
    }

    [Fact]
    public async Task SendOutboundAsync_NothingListening_GivesUpWithNetworkError()
    {
        var server = await ScriptedServer.StartAsync();
        var address = server.BaseAddress;
        await server.DisposeAsync();
        var clock = new WatchedClock();
        await using var host = new TransportHost(address, clock, new TestOutboundOptions { MaxAttempts = 2 });

        var sending = host.SendAsync();
        clock.Advance(await clock.NextWaitAsync());
        var error = await Assert.ThrowsAsync<OutboundGaveUpException>(() => sending.WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.Equal(("network_error", 2), (error.Error, error.Attempts));
        Assert.IsType<HttpRequestException>(error.InnerException);
    }

    /// <summary>Waits (briefly, in real time) for the server to see a request: the test's clock only moves after that.</summary>
    private static async Task Until(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        Assert.True(condition());
    }
}
