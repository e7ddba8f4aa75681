using System.Net;
using System.Text;
using StatusBot.Slack.Outbound;
using StatusBot.Slack.Tests.FakeSlack;

namespace StatusBot.Slack.Tests.Outbound;

public sealed class SlackTransientClassifierTests
{
    [Theory]
    [InlineData(429, "", "ratelimited")]
    [InlineData(500, "", "http_500")]
    [InlineData(503, "", "http_503")]
    [InlineData(200, """{"ok":false,"error":"ratelimited"}""", "ratelimited")]
    [InlineData(200, """{"ok":false,"error":"internal_error"}""", "internal_error")]
    [InlineData(200, """{"ok":false,"error":"fatal_error"}""", "fatal_error")]
    [InlineData(200, """{"ok":false,"error":"request_timeout"}""", "request_timeout")]
    [InlineData(200, """{"ok":false,"error":"channel_not_found"}""", null)]
    [InlineData(200, """{"ok":true,"ts":"1.2"}""", null)]
    [InlineData(200, "<html>not json</html>", null)]
    [InlineData(404, "", null)]
    public async Task TransientErrorAsync_Answer_TransientOnlyForSlacksPassingFailures(int status, string body, string? expected)
    {
        using var response = new HttpResponseMessage((HttpStatusCode)status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

        Assert.Equal(expected, await new SlackTransientClassifier().TransientErrorAsync(response));
    }

    [Theory]
    [InlineData("ratelimited")]
    [InlineData("internal_error")]
    [InlineData("fatal_error")]
    [InlineData("request_timeout")]
    public async Task PostMessageAsync_TransientNotOkOnce_RetriedAndDeliveredOnce(string error)
    {
        await using var slack = await SlackClientHarness.StartAsync();
        slack.Server.FailNext(1, FakeSlackFault.NotOk(error));

        await slack.Client.PostMessageAsync(SlackClientHarness.Team, "C1", "hi", null);

        Assert.Equal([false, true], slack.Server.Calls.Select(c => c.Ok));
        Assert.Single(slack.Server.Delivered("chat.postMessage"));
        Assert.InRange(Assert.Single(slack.Time.Waits), TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task PostMessageAsync_PermanentNotOk_NotRetriedAndLoggedAsRefused()
    {
        await using var slack = await SlackClientHarness.StartAsync();
        slack.Server.FailNext(1, FakeSlackFault.NotOk("channel_not_found"));

        var error = await Assert.ThrowsAsync<SlackApiException>(() => slack.Client.PostMessageAsync(SlackClientHarness.Team, "C1", "hi", null));

        Assert.Equal(("channel_not_found", false), (error.Error, error.IsTransient));
        Assert.Single(slack.Server.Calls);
        Assert.Empty(slack.Time.Waits);
        Assert.Contains("Slack chat.postMessage refused with channel_not_found", slack.Logger.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostMessageAsync_UnparseableOk_NotRetriedBecauseThePostMayHaveGoneOut()
    {
        await using var slack = await SlackClientHarness.StartAsync();
        slack.Server.FailNext(1, FakeSlackFault.Unparseable());

        var error = await Assert.ThrowsAsync<SlackApiException>(() => slack.Client.PostMessageAsync(SlackClientHarness.Team, "C1", "hi", null));

        Assert.Equal(("invalid_response", false), (error.Error, error.IsTransient));
        Assert.Single(slack.Server.Calls);
    }

    [Fact]
    public async Task PostMessageAsync_RateLimitedWithRetryAfterDate_WaitsUntilThatDate()
    {
        await using var slack = await SlackClientHarness.StartAsync();
        var elapsed = System.Diagnostics.Stopwatch.StartNew();
        slack.Server.FailNext(1, new FakeSlackFault(429, null, "ratelimited") { RetryAfterDate = slack.Time.GetUtcNow().AddSeconds(6) });

        await slack.Client.PostMessageAsync(SlackClientHarness.Team, "C1", "hi", null);

        // The date has whole seconds, and real time passed before the client read it (much of it on a busy machine).
        Assert.Equal([429, 200], slack.Server.Calls.Select(c => c.Status));
        Assert.InRange(Assert.Single(slack.Time.Waits), TimeSpan.FromSeconds(5) - elapsed.Elapsed, TimeSpan.FromSeconds(6));
    }
}
