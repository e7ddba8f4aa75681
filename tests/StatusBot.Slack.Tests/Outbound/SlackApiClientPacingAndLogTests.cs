using StatusBot.Slack.Outbound;
using StatusBot.Slack.Tests.FakeSlack;

namespace StatusBot.Slack.Tests.Outbound;

public sealed class SlackApiClientPacingAndLogTests
{
    [Fact]
    public async Task PostMessageAsync_SameChannelTwiceWithoutBurst_SecondWaitsForThePace()
    {
        await using var slack = await SlackClientHarness.StartAsync(new SlackOutboundOptions { PostMessageBurst = 1 });

        await slack.Client.PostMessageAsync(SlackClientHarness.Team, "C1", "one", null);
        await slack.Client.PostMessageAsync(SlackClientHarness.Team, "C2", "other channel", null);
        await slack.Client.PostMessageAsync(SlackClientHarness.Team, "C1", "two", null);

        var wait = Assert.Single(slack.Time.Waits);
        Assert.InRange(wait, TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(1));
        Assert.Equal(3, slack.Server.Delivered("chat.postMessage").Count);
    }

    [Fact]
    public async Task CallsThatRetryAndFail_Logged_WithoutTheToken()
    {
        await using var slack = await SlackClientHarness.StartAsync();
        slack.Server.FailNext(1, FakeSlackFault.RateLimited());
        slack.Server.FailNext(1, FakeSlackFault.ServerError());
        slack.Server.FailNext(1, FakeSlackFault.NotOk("token_revoked"));

        await Assert.ThrowsAsync<SlackApiException>(() => slack.Client.PostMessageAsync(SlackClientHarness.Team, "C1", "secret plans", null));

        Assert.Equal(3, slack.Logger.Count);
        Assert.Contains("token_revoked", slack.Logger.All, StringComparison.Ordinal);
        Assert.DoesNotContain(SlackClientHarness.Token, slack.Logger.All, StringComparison.Ordinal);
        Assert.DoesNotContain("secret plans", slack.Logger.All, StringComparison.Ordinal);
    }
}
