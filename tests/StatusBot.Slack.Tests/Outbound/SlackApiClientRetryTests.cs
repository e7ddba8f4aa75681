using StatusBot.Slack.Outbound;
using StatusBot.Slack.Tests.FakeSlack;

namespace StatusBot.Slack.Tests.Outbound;

public sealed class SlackApiClientRetryTests
{
    [Fact]
    public async Task PostMessageAsync_RateLimitedOnce_RetriesAfterRetryAfterAndDeliversOnce()
    {
        await using var slack = await SlackClientHarness.StartAsync();
        slack.Server.FailNext(1, FakeSlackFault.RateLimited(retryAfterSeconds: 1));

        var posted = await slack.Client.PostMessageAsync(SlackClientHarness.Team, "C1", "hi", null);

        Assert.Equal([429, 200], slack.Server.Calls.Select(c => c.Status));
        Assert.Single(slack.Server.Delivered("chat.postMessage"));
        Assert.Equal([TimeSpan.FromSeconds(1)], slack.Time.Waits);
        Assert.NotEmpty(posted.Ts);
    }

    [Fact]
    public async Task PostMessageAsync_RetryAfterBeyondCap_FailsAtOnceCarryingRetryAfter()
    {
        await using var slack = await SlackClientHarness.StartAsync();
        slack.Server.FailNext(1, FakeSlackFault.RateLimited(retryAfterSeconds: 120));

        var error = await Assert.ThrowsAsync<SlackApiException>(() => slack.Client.PostMessageAsync(SlackClientHarness.Team, "C1", "hi", null));

        Assert.True(error.IsRateLimited);
        Assert.Equal(TimeSpan.FromSeconds(120), error.RetryAfter);
        Assert.Single(slack.Server.Calls);
        Assert.Empty(slack.Time.Waits);
    }

    [Fact]
    public async Task PostMessageAsync_TwoServerErrors_DeliversOnceWithGrowingBackoff()
    {
        await using var slack = await SlackClientHarness.StartAsync();
        slack.Server.FailNext(2, FakeSlackFault.ServerError(500));

        await slack.Client.PostMessageAsync(SlackClientHarness.Team, "C1", "hi", null);

        Assert.Equal([500, 500, 200], slack.Server.Calls.Select(c => c.Status));
        Assert.Single(slack.Server.Delivered("chat.postMessage"));
        var waits = slack.Time.Waits;
        Assert.Equal(2, waits.Count);
        Assert.InRange(waits[0], TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(1));
        Assert.InRange(waits[1], TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task PostMessageAsync_PersistentServerError_ThrowsAfterBoundedRetries()
    {
        await using var slack = await SlackClientHarness.StartAsync(new SlackOutboundOptions { MaxAttempts = 3, PostMessageBurst = 1000 });
        slack.Server.FailNext(10, FakeSlackFault.ServerError(503));

        var error = await Assert.ThrowsAsync<SlackApiException>(() => slack.Client.PostMessageAsync(SlackClientHarness.Team, "C1", "hi", null));

        Assert.Equal("http_503", error.Error);
        Assert.True(error.IsTransient);
        Assert.NotNull(error.RetryAfter);
        Assert.Equal(3, slack.Server.Calls.Count);
        Assert.Empty(slack.Server.Delivered("chat.postMessage"));
        Assert.Equal(2, slack.Time.Waits.Count);
    }

    [Fact]
    public async Task PostMessageAsync_NothingListening_NetworkErrorAfterBoundedRetries()
    {
        await using var slack = await SlackClientHarness.StartUnreachableAsync();

        var error = await Assert.ThrowsAsync<SlackApiException>(() => slack.Client.PostMessageAsync(SlackClientHarness.Team, "C1", "hi", null));

        Assert.Equal("network_error", error.Error);
        Assert.NotNull(error.RetryAfter);
        Assert.Equal(3, slack.Time.Waits.Count);
    }

    [Fact]
    public async Task PostMessageAsync_FaultForAnotherMethod_DoesNotApply()
    {
        await using var slack = await SlackClientHarness.StartAsync();
        slack.Server.FailNext(1, FakeSlackFault.NotOk("user_not_found"), method: "users.info");

        await slack.Client.PostMessageAsync(SlackClientHarness.Team, "C1", "hi", null);
        var error = await Assert.ThrowsAsync<SlackApiException>(() => slack.Client.UsersInfoAsync(SlackClientHarness.Team, "U1"));

        Assert.Equal("user_not_found", error.Error);
        Assert.Single(slack.Server.Delivered("chat.postMessage"));
    }

    [Fact]
    public async Task ToDeliveryException_RetriesRunOut_CarriesRetryAfter()
    {
        await using var slack = await SlackClientHarness.StartAsync();
        slack.Server.FailNext(1, FakeSlackFault.RateLimited(retryAfterSeconds: 90));

        var error = await Assert.ThrowsAsync<SlackApiException>(() => slack.Client.PostMessageAsync(SlackClientHarness.Team, "C1", "hi", null));
        var delivery = error.ToDeliveryException();

        Assert.Equal(TimeSpan.FromSeconds(90), delivery.RetryAfter);
        Assert.Same(error, delivery.InnerException);
        Assert.Contains("ratelimited", delivery.Message, StringComparison.Ordinal);
    }
}
