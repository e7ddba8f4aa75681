using StatusBot.Core.Chat;
using StatusBot.Slack.Outbound;
using StatusBot.Slack.Tests.FakeSlack;

namespace StatusBot.Slack.Tests.Outbound;

public sealed class SlackChatPortTests
{
    private static readonly ChatMessage CheckIn = new()
    {
        Text = "Is <!channel> free pizza (due Fri 18 Dec) on track?",
        Buttons = [new("checkin.answer", "On track", "c1|ontrack", ButtonStyle.Primary), new("checkin.answer", "Slipping", "c1|slipping")],
    };

    [Fact]
    public async Task SendAsync_ToAUser_OpensTheirDirectMessageAndPostsEscapedBlocks()
    {
        await using var slack = await SlackClientHarness.StartAsync();
        var port = new SlackChatPort(slack.Client);

        var sent = await port.SendAsync(ChatAddress.ToUser(WorkspaceId.Parse("slack-T1"), "U123"), CheckIn, "k1");

        Assert.Equal(["conversations.open", "chat.postMessage"], slack.Server.Calls.Select(c => c.Method));
        var post = slack.Server.Calls[1];
        Assert.Equal("DU123", post.Field("channel"));
        Assert.Contains("&lt;!channel&gt; free pizza", post.Field("text"), StringComparison.Ordinal);
        Assert.DoesNotContain("<!channel>", post.Json!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("actions", post.Json!["blocks"]!.AsArray().Select(b => (string?)b!["type"]));
        Assert.Equal(("DU123", ChatAddressKind.User), (sent.ConversationId, sent.To.Kind));
    }

    [Fact]
    public async Task SendAsync_ToTheSameUserAgain_RemembersTheirDirectMessageChannel()
    {
        await using var slack = await SlackClientHarness.StartAsync();
        var port = new SlackChatPort(slack.Client);

        await port.SendAsync(ChatAddress.ToUser(WorkspaceId.Parse("slack-T1"), "U123"), CheckIn, "k1");
        await port.SendAsync(ChatAddress.ToUser(WorkspaceId.Parse("slack-T1"), "U123"), CheckIn, "k2");
        await port.SendAsync(ChatAddress.ToUser(WorkspaceId.Parse("slack-T2"), "U123"), CheckIn, "k3");

        Assert.Equal(["conversations.open", "chat.postMessage", "chat.postMessage", "conversations.open", "chat.postMessage"], slack.Server.Calls.Select(c => c.Method));
        Assert.Equal("DU123", slack.Server.Calls[2].Field("channel"));
    }

    [Fact]
    public async Task A_message_carries_its_key_as_metadata_and_is_found_again_by_it()
    {
        await using var slack = await SlackClientHarness.StartAsync();
        var port = new SlackChatPort(slack.Client);
        var customer = ChatAddress.ToChannel(WorkspaceId.Parse("slack-T1"), "C_ACME");

        var sent = await port.SendAsync(customer, new ChatMessage { Text = "New date" }, "slip:c1:warning");
        await port.SendAsync(customer, new ChatMessage { Text = "Something else" }, "slip:c2:warning");

        var metadata = slack.Server.Calls[0].Json!["metadata"]!;
        Assert.Equal(("statusbot_delivery", "slip:c1:warning"), ((string?)metadata["event_type"], (string?)metadata["event_payload"]!["key"]));
        Assert.Equal(sent, await port.FindDeliveredAsync(customer, "slip:c1:warning"));
        Assert.Null(await port.FindDeliveredAsync(customer, "slip:c3:warning"));
        var lookup = slack.Server.Calls[^1];
        Assert.Equal(("conversations.history", "C_ACME", "true"), (lookup.Method, lookup.Field("channel"), lookup.Field("include_all_metadata")));
    }

    [Fact]
    public async Task Without_a_history_scope_a_lookup_finds_nothing_and_says_so()
    {
        await using var slack = await SlackClientHarness.StartAsync();
        slack.Server.FailNext(1, new FakeSlackFault(200, Error: "missing_scope"), "conversations.history");

        Assert.Null(await new SlackChatPort(slack.Client).FindDeliveredAsync(ChatAddress.ToChannel(WorkspaceId.Parse("slack-T1"), "C_ACME"), "k1"));
    }

    [Fact]
    public async Task SendAsync_ToAChannel_PostsThere()
    {
        await using var slack = await SlackClientHarness.StartAsync();

        await new SlackChatPort(slack.Client).SendAsync(ChatAddress.ToChannel(WorkspaceId.Parse("slack-T1"), "C456"), new ChatMessage { Text = "Digest" }, "k2");

        var call = Assert.Single(slack.Server.Calls);
        Assert.Equal(("chat.postMessage", "C456"), (call.Method, call.Field("channel")));
    }

    [Fact]
    public async Task SendAsync_SlackRefusesForGood_IsAPermanentDeliveryFailureSayingWhatToDo()
    {
        await using var slack = await SlackClientHarness.StartAsync();
        slack.Server.FailNext(1, FakeSlackFault.NotOk("channel_not_found"));

        var failure = await Assert.ThrowsAsync<ChatDeliveryException>(
            () => new SlackChatPort(slack.Client).SendAsync(ChatAddress.ToChannel(WorkspaceId.Parse("slack-T1"), "C404"), CheckIn, "k3"));

        Assert.Equal(("channel_not_found", true), (failure.Code, failure.IsPermanent));
        Assert.Contains("Invite @StatusBot to it (/invite @StatusBot)", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpdateAsync_ReplacesTheMessageInPlace()
    {
        await using var slack = await SlackClientHarness.StartAsync();
        var port = new SlackChatPort(slack.Client);
        var sent = await port.SendAsync(ChatAddress.ToChannel(WorkspaceId.Parse("slack-T1"), "C456"), CheckIn, "k4");

        await port.UpdateAsync(sent, new ChatMessage { Text = "Answered: on track." });

        var update = slack.Server.Calls[^1];
        Assert.Equal(("chat.update", "C456", sent.MessageId), (update.Method, update.Field("channel"), update.Field("ts")));
    }

    [Fact]
    public async Task SendAsync_ToAnEmailAddress_IsRefused()
    {
        await using var slack = await SlackClientHarness.StartAsync();

        await Assert.ThrowsAsync<ArgumentException>(
            () => new SlackChatPort(slack.Client).SendAsync(ChatAddress.ForDestination(WorkspaceId.Parse("slack-T1"), "ops@acme.example"), CheckIn, "k5"));
        Assert.Empty(slack.Server.Calls);
    }
}
