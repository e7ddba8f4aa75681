using System.Text.Json.Nodes;
using StatusBot.Slack.Outbound;

namespace StatusBot.Slack.Tests.Outbound;

public sealed class SlackApiClientTests
{
    [Fact]
    public async Task PostMessageAsync_Success_SendsBearerTokenAndJsonAndReturnsTs()
    {
        await using var slack = await SlackClientHarness.StartAsync();
        var blocks = new JsonArray(new JsonObject { ["type"] = "section", ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = "hi" } });

        var posted = await slack.Client.PostMessageAsync(SlackClientHarness.Team, "C123", "hi", blocks, threadTs: "1699.0001");

        var call = Assert.Single(slack.Server.Calls);
        Assert.Equal("chat.postMessage", call.Method);
        Assert.Equal("Bearer " + SlackClientHarness.Token, call.Authorization);
        Assert.StartsWith("application/json", call.ContentType, StringComparison.Ordinal);
        Assert.Equal("C123", call.Field("channel"));
        Assert.Equal("hi", call.Field("text"));
        Assert.Equal("1699.0001", call.Field("thread_ts"));
        Assert.Equal("section", (string?)call.Json!["blocks"]![0]!["type"]);
        Assert.Equal("C123", posted.Channel);
        Assert.Matches(@"^\d+\.\d+$", posted.Ts);
    }

    [Fact]
    public async Task PostMessageAsync_NoThreadOrBlocks_LeavesThemOut()
    {
        await using var slack = await SlackClientHarness.StartAsync();

        await slack.Client.PostMessageAsync(SlackClientHarness.Team, "C123", "hi", null);

        var json = slack.Server.Calls.Single().Json!;
        Assert.False(json.ContainsKey("thread_ts"));
        Assert.False(json.ContainsKey("blocks"));
    }

    [Fact]
    public async Task PostMessageAsync_NotOk_ThrowsTypedExceptionWithCodeWithoutRetry()
    {
        await using var slack = await SlackClientHarness.StartAsync();
        slack.Server.FailNext(1, FakeSlack.FakeSlackFault.NotOk("channel_not_found"));

        var error = await Assert.ThrowsAsync<SlackApiException>(() => slack.Client.PostMessageAsync(SlackClientHarness.Team, "C404", "hi", null));

        Assert.Equal("channel_not_found", error.Error);
        Assert.Equal("chat.postMessage", error.Method);
        Assert.False(error.IsTransient);
        Assert.False(error.IsTokenRevoked);
        Assert.Single(slack.Server.Calls);
    }

    [Theory]
    [InlineData("token_revoked")]
    [InlineData("invalid_auth")]
    [InlineData("account_inactive")]
    public async Task PostMessageAsync_TokenNoLongerWorks_IsTokenRevoked(string code)
    {
        await using var slack = await SlackClientHarness.StartAsync();
        slack.Server.FailNext(1, FakeSlack.FakeSlackFault.NotOk(code));

        var error = await Assert.ThrowsAsync<SlackApiException>(() => slack.Client.PostMessageAsync(SlackClientHarness.Team, "C1", "hi", null));

        Assert.True(error.IsTokenRevoked);
    }

    [Fact]
    public async Task PostMessageAsync_WrongToken_ServerSaysInvalidAuth()
    {
        await using var slack = await SlackClientHarness.StartAsync();
        slack.Server.ExpectedToken = "xoxb-other";

        var error = await Assert.ThrowsAsync<SlackApiException>(() => slack.Client.PostMessageAsync(SlackClientHarness.Team, "C1", "hi", null));

        Assert.True(error.IsTokenRevoked);
    }

    [Fact]
    public async Task UpdateMessageAsync_Message_SendsChannelTsAndText()
    {
        await using var slack = await SlackClientHarness.StartAsync();

        await slack.Client.UpdateMessageAsync(SlackClientHarness.Team, "C1", "1700.1", "answered", new JsonArray());

        var call = Assert.Single(slack.Server.Delivered("chat.update"));
        Assert.Equal(("C1", "1700.1", "answered"), (call.Field("channel"), call.Field("ts"), call.Field("text")));
    }

    [Fact]
    public async Task OpenConversationAsync_User_ReturnsDmChannelId()
    {
        await using var slack = await SlackClientHarness.StartAsync();

        var dm = await slack.Client.OpenConversationAsync(SlackClientHarness.Team, "U42");

        Assert.Equal("DU42", dm);
        Assert.Equal("U42", slack.Server.Calls.Single().Field("users"));
    }

    [Fact]
    public async Task UsersInfoAsync_KnownUser_ParsesIanaZoneNameEmailAndTitle()
    {
        await using var slack = await SlackClientHarness.StartAsync();
        slack.Server.Users["U7"] = ("ada", "America/New_York", -18000);
        slack.Server.Titles["U7"] = "Delivery lead";

        var user = await slack.Client.UsersInfoAsync(SlackClientHarness.Team, "U7");

        Assert.Equal(new SlackUserInfo("U7", "ada", "ada", "America/New_York", -18000, Email: "u7@example.com", Title: "Delivery lead"), user);
        var call = slack.Server.Calls.Single();
        Assert.StartsWith("application/x-www-form-urlencoded", call.ContentType, StringComparison.Ordinal);
        Assert.Equal("Bearer " + SlackClientHarness.Token, call.Authorization);
    }

    [Fact]
    public async Task ViewsOpenAsync_ThenUpdate_ReturnsViewIdAndSendsHash()
    {
        await using var slack = await SlackClientHarness.StartAsync();
        var view = new JsonObject { ["type"] = "modal" };

        var opened = await slack.Client.ViewsOpenAsync(SlackClientHarness.Team, "trigger-1", view);
        var updated = await slack.Client.ViewsUpdateAsync(SlackClientHarness.Team, opened.Id, opened.Hash, new JsonObject { ["type"] = "modal" });

        Assert.Equal(opened.Id, updated.Id);
        Assert.Equal(["views.open", "views.update"], slack.Server.Calls.Select(c => c.Method));
        Assert.Equal("trigger-1", slack.Server.Calls[0].Field("trigger_id"));
        Assert.Equal(opened.Hash, slack.Server.Calls[1].Field("hash"));
        Assert.Equal("modal", (string?)slack.Server.Calls[1].Json!["view"]!["type"]);
    }
}
