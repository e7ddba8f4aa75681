using StatusBot.Core.Chat;
using StatusBot.Slack.Outbound;
using StatusBot.Slack.Tests.FakeSlack;

namespace StatusBot.Slack.Tests.Outbound;

public sealed class SlackDeliveryProblemsTests
{
    private static readonly WorkspaceId Team = WorkspaceId.Parse("slack-T1");
    private static readonly ChatMessage Note = new() { Text = "Is it on track?" };

    private static async Task<ChatDeliveryException> FailAsync(SlackClientHarness slack, ChatAddress to, FakeSlackFault fault, int times = 1)
    {
        slack.Server.FailNext(times, fault);
        return await Assert.ThrowsAsync<ChatDeliveryException>(() => new SlackChatPort(slack.Client).SendAsync(to, Note, "k"));
    }

    [Theory]
    [InlineData("not_in_channel", "invite @StatusBot to the channel C0456 (/invite @StatusBot)")]
    [InlineData("channel_not_found", "cannot find the channel C0456")]
    [InlineData("is_archived", "The channel C0456 is archived")]
    public async Task SendAsync_ChannelRefusesForGood_IsPermanentForTheChannelAndSaysWhatToDo(string error, string advice)
    {
        await using var slack = await SlackClientHarness.StartAsync();
        var channel = ChatAddress.ToChannel(Team, "C0456");

        var failure = await FailAsync(slack, channel, FakeSlackFault.NotOk(error));

        Assert.Equal((DeliveryFailureKind.Recipient, channel, error), (failure.Kind, failure.Address, failure.Code));
        Assert.True(failure.IsPermanent);
        Assert.Contains(advice, failure.Message, StringComparison.Ordinal);
        Assert.Single(slack.Server.Calls); // not retried by the transport
    }

    [Theory]
    [InlineData("user_not_found", "U0123 is not a user of this Slack workspace")]
    [InlineData("account_inactive", "U0123 is deactivated in Slack: hand their commitments over")]
    [InlineData("user_disabled", "U0123 is deactivated in Slack: hand their commitments over")]
    [InlineData("cannot_dm_bot", "U0123 is a bot")]
    [InlineData("channel_not_found", "U0123 is not a user of this Slack workspace")]
    public async Task SendAsync_UserCannotBeMessaged_IsPermanentForTheUser(string error, string advice)
    {
        await using var slack = await SlackClientHarness.StartAsync();
        var user = ChatAddress.ToUser(Team, "U0123");

        var failure = await FailAsync(slack, user, FakeSlackFault.NotOk(error));

        Assert.Equal((DeliveryFailureKind.Recipient, user), (failure.Kind, failure.Address));
        Assert.Contains(advice, failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("invalid_auth")]
    [InlineData("token_revoked")]
    public async Task SendAsync_TokenNoLongerWorks_IsPermanentForTheWholeWorkspace(string error)
    {
        await using var slack = await SlackClientHarness.StartAsync();

        var failure = await FailAsync(slack, ChatAddress.ToChannel(Team, "C0456"), FakeSlackFault.NotOk(error));

        Assert.Equal((DeliveryFailureKind.Workspace, error), (failure.Kind, failure.Code));
        Assert.Contains("reinstall StatusBot", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("internal_error")]
    [InlineData("fatal_error")]
    [InlineData("request_timeout")]
    [InlineData("ratelimited")]
    public async Task SendAsync_SlackFailsForNow_StaysTransient(string error)
    {
        await using var slack = await SlackClientHarness.StartAsync();

        var failure = await FailAsync(slack, ChatAddress.ToChannel(Team, "C0456"), FakeSlackFault.NotOk(error), times: 10);

        Assert.Equal(DeliveryFailureKind.Transient, failure.Kind);
        Assert.False(failure.IsPermanent);
        Assert.True(slack.Server.Calls.Count > 1, "The transport retries transient answers.");
    }

    [Fact]
    public async Task SendAsync_ServerErrors_StayTransient()
    {
        await using var slack = await SlackClientHarness.StartAsync();

        var failure = await FailAsync(slack, ChatAddress.ToUser(Team, "U0123"), FakeSlackFault.ServerError(503), times: 10);

        Assert.False(failure.IsPermanent);
    }
}
