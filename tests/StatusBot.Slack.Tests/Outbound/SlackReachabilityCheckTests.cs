using StatusBot.Core.Chat;
using StatusBot.Slack.Outbound;
using StatusBot.Slack.Tests.FakeSlack;

namespace StatusBot.Slack.Tests.Outbound;

public sealed class SlackReachabilityCheckTests
{
    private static readonly WorkspaceId Workspace = WorkspaceId.Parse("slack-T1");

    private static async Task<(SlackClientHarness Slack, SlackReachabilityCheck Check, RecordingLogger<SlackReachabilityCheck> Log)> StartAsync()
    {
        var slack = await SlackClientHarness.StartAsync();
        var log = new RecordingLogger<SlackReachabilityCheck>();
        return (slack, new SlackReachabilityCheck(slack.Client, log), log);
    }

    [Fact]
    public async Task CheckAsync_UserSlackDoesNotKnow_IsMissingAndSaysToPickFromTheList()
    {
        var (slack, check, _) = await StartAsync();
        await using var _ = slack;
        slack.Server.Unknown.Add("U0TYPO");

        var answer = await check.CheckAsync(ChatAddress.ToUser(Workspace, "U0TYPO"));

        Assert.Equal((ReachabilityStatus.Missing, "user_not_found"), (answer.Status, answer.Code));
        Assert.Contains("pick the person from the list", answer.Problem, StringComparison.Ordinal);
        Assert.Equal("U0TYPO", Assert.Single(slack.Server.Calls).Field("user"));
    }

    [Fact]
    public async Task CheckAsync_ChannelWithoutTheBot_IsUnreachableAndSaysToInviteItByName()
    {
        var (slack, check, _) = await StartAsync();
        await using var _ = slack;
        slack.Server.Channels["C0ACME"] = ("proj-acme", false, false);

        var answer = await check.CheckAsync(ChatAddress.ToChannel(Workspace, "C0ACME"));

        Assert.Equal((ReachabilityStatus.Unreachable, "not_in_channel"), (answer.Status, answer.Code));
        Assert.Equal("StatusBot is not in #proj-acme: invite @StatusBot to #proj-acme (/invite @StatusBot).", answer.Problem);
        Assert.Equal(("conversations.info", "C0ACME"), (slack.Server.Calls[0].Method, slack.Server.Calls[0].Field("channel")));
    }

    [Fact]
    public async Task CheckAsync_ArchivedChannel_IsUnreachable()
    {
        var (slack, check, _) = await StartAsync();
        await using var _ = slack;
        slack.Server.Channels["C0OLD"] = ("old-project", true, true);

        var answer = await check.CheckAsync(ChatAddress.ToChannel(Workspace, "C0OLD"));

        Assert.Equal((ReachabilityStatus.Unreachable, "is_archived"), (answer.Status, answer.Code));
        Assert.StartsWith("#old-project is archived", answer.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckAsync_ChannelSlackDoesNotKnow_IsMissing()
    {
        var (slack, check, _) = await StartAsync();
        await using var _ = slack;
        slack.Server.Unknown.Add("C0NONE");

        var answer = await check.CheckAsync(ChatAddress.ToChannel(Workspace, "C0NONE"));

        Assert.Equal((ReachabilityStatus.Missing, "channel_not_found"), (answer.Status, answer.Code));
    }

    [Fact]
    public async Task CheckAsync_DestinationThatIsAUserId_IsCheckedAsAUser()
    {
        var (slack, check, _) = await StartAsync();
        await using var _ = slack;

        var answer = await check.CheckAsync(ChatAddress.ForDestination(Workspace, "U0CUSTOMER"));

        Assert.Equal(ReachabilityStatus.Reachable, answer.Status);
        Assert.Equal("users.info", Assert.Single(slack.Server.Calls).Method);
    }

    [Fact]
    public async Task CheckAsync_SlackRefusesTheCheckItself_IsUnknownAndLogged()
    {
        var (slack, check, log) = await StartAsync();
        await using var _ = slack;
        slack.Server.FailNext(1, FakeSlackFault.NotOk("missing_scope"));

        var answer = await check.CheckAsync(ChatAddress.ToChannel(Workspace, "C0PROJ"));

        Assert.Equal(ReachabilityStatus.Unknown, answer.Status);
        Assert.Contains("missing_scope", log.All, StringComparison.Ordinal);
    }
}
