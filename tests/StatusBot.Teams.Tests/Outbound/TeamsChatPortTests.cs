using StatusBot.Core.Chat;
using StatusBot.Teams.Inbound;
using StatusBot.Teams.Tests.Fakes;

namespace StatusBot.Teams.Tests.Outbound;

public sealed class TeamsChatPortTests
{
    private static readonly WorkspaceId Workspace = WorkspaceId.Parse("teams-" + ConnectorHarness.TenantId);
    private static readonly ChatMessage Hello = new() { Text = "Is *Pilot* on track?", Buttons = [new ChatButton("checkin.answer", "On track", "c1:on-track")] };

    private static TeamsConversationReference User(ConnectorHarness teams, string? conversationId) =>
        new(ChatAddress.ToUser(Workspace, "29:ann"), teams.Server.ServiceUrl, conversationId, "personal", ConnectorHarness.TenantId, "29:ann", "aad-ann", "28:" + ConnectorHarness.AppId);

    [Fact]
    public async Task SendAsync_UserWithoutChat_CreatesItOnceAndReusesIt()
    {
        await using var teams = await ConnectorHarness.StartAsync();
        await teams.Store.SaveAsync(User(teams, null));

        var first = await teams.Port.SendAsync(ChatAddress.ToUser(Workspace, "29:ann"), Hello, "k1");
        var second = await teams.Port.SendAsync(ChatAddress.ToUser(Workspace, "29:ann"), Hello, "k2");

        Assert.Equal(
            ["POST /emea/v3/conversations", "POST /emea/v3/conversations/a:dm-29:ann/activities", "POST /emea/v3/conversations/a:dm-29:ann/activities"],
            teams.Server.Calls.Select(c => c.Method + " " + c.Path));
        Assert.Equal(new SentMessage(ChatAddress.ToUser(Workspace, "29:ann"), "act-1", "a:dm-29:ann"), first);
        Assert.Equal("act-2", second.MessageId);
        Assert.Equal("a:dm-29:ann", (await teams.Store.GetAsync(ChatAddress.ToUser(Workspace, "29:ann")))?.ConversationId);
    }

    [Fact]
    public async Task SendAsync_UserWithPersonalChat_PostsAdaptiveCardThere()
    {
        await using var teams = await ConnectorHarness.StartAsync();
        await teams.Store.SaveAsync(User(teams, "a:personal"));

        await teams.Port.SendAsync(ChatAddress.ToUser(Workspace, "29:ann"), Hello, "k1");

        var call = Assert.Single(teams.Server.Calls);
        Assert.Equal("/emea/v3/conversations/a:personal/activities", call.Path);
        var attachment = call.Json?["attachments"]?[0];
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment?["contentType"]?.GetValue<string>());
        Assert.Equal("AdaptiveCard", attachment?["content"]?["type"]?.GetValue<string>());
        Assert.Equal("Is *Pilot* on track?", call.Json?["summary"]?.GetValue<string>());
    }

    [Fact]
    public async Task SendAsync_Channel_PostsToTheChannelConversation()
    {
        await using var teams = await ConnectorHarness.StartAsync();
        var channel = ChatAddress.ToChannel(Workspace, "19:proj@thread.tacv2");
        await teams.Store.SaveAsync(new TeamsConversationReference(channel, teams.Server.ServiceUrl, "19:proj@thread.tacv2", "channel", ConnectorHarness.TenantId, null, null, "28:bot"));

        var sent = await teams.Port.SendAsync(channel, Hello, "k1");

        Assert.Equal("/emea/v3/conversations/19:proj@thread.tacv2/activities", Assert.Single(teams.Server.Calls).Path);
        Assert.Equal("19:proj@thread.tacv2", sent.ConversationId);
    }

    [Fact]
    public async Task SendAsync_NoConversationReference_ThrowsSayingNotInstalled()
    {
        await using var teams = await ConnectorHarness.StartAsync();

        var error = await Assert.ThrowsAsync<ChatDeliveryException>(() => teams.Port.SendAsync(ChatAddress.ToUser(Workspace, "29:bob"), Hello, "k1"));

        Assert.Contains("29:bob has not installed StatusBot in Teams", error.Message, StringComparison.Ordinal);
        Assert.Empty(teams.Server.Calls);
    }

    [Fact]
    public async Task SendAsync_EmailAddress_Refused()
    {
        await using var teams = await ConnectorHarness.StartAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => teams.Port.SendAsync(ChatAddress.ForDestination(Workspace, "a@b.example"), Hello, "k1"));
    }

    [Fact]
    public async Task SendAsync_ConnectorKeepsFailing_ThrowsChatDeliveryWithRetryAfter()
    {
        await using var teams = await ConnectorHarness.StartAsync();
        await teams.Store.SaveAsync(User(teams, "a:personal"));
        teams.Server.FailNext(10, new FakeConnectorFault(502));

        var error = await Assert.ThrowsAsync<ChatDeliveryException>(() => teams.Port.SendAsync(ChatAddress.ToUser(Workspace, "29:ann"), Hello, "k1"));

        Assert.NotNull(error.RetryAfter);
        Assert.Contains("http_502", error.Message, StringComparison.Ordinal);
        Assert.Empty(teams.Server.Delivered);
    }

    [Fact]
    public async Task UpdateAsync_SentMessage_PutsTheNewCard()
    {
        await using var teams = await ConnectorHarness.StartAsync();
        await teams.Store.SaveAsync(User(teams, "a:personal"));
        var sent = await teams.Port.SendAsync(ChatAddress.ToUser(Workspace, "29:ann"), Hello, "k1");

        await teams.Port.UpdateAsync(sent, new ChatMessage { Text = "Answered: on track" });

        var call = teams.Server.Calls[^1];
        Assert.Equal(("PUT", "/emea/v3/conversations/a:personal/activities/act-1"), (call.Method, call.Path));
        Assert.Equal("act-1", call.Json?["id"]?.GetValue<string>());
        Assert.Equal("Answered: on track", call.Json?["attachments"]?[0]?["content"]?["body"]?[0]?["text"]?.GetValue<string>());
        Assert.Null(call.Json?["attachments"]?[0]?["content"]?["actions"]);
    }

    [Fact]
    public async Task SendAsync_ThroughLoggedChatPort_SameKeySendsOnce()
    {
        await using var teams = await ConnectorHarness.StartAsync();
        await teams.Store.SaveAsync(User(teams, "a:personal"));
        var port = new LoggedChatPort(teams.Port, new MemorySentMessageLog());

        var first = await port.SendAsync(ChatAddress.ToUser(Workspace, "29:ann"), Hello, "same-key");
        var second = await port.SendAsync(ChatAddress.ToUser(Workspace, "29:ann"), Hello, "same-key");

        Assert.Equal(first, second);
        Assert.Single(teams.Server.Calls);
    }

    private sealed class MemorySentMessageLog : ISentMessageLog
    {
        private readonly Dictionary<(WorkspaceId, string), SentMessage> _sent = [];

        public Task<SentMessage?> FindAsync(WorkspaceId workspace, string idempotencyKey, CancellationToken cancellationToken = default) =>
            Task.FromResult(_sent.GetValueOrDefault((workspace, idempotencyKey)));

        public Task RecordAsync(string idempotencyKey, SentMessage sent, CancellationToken cancellationToken = default)
        {
            _sent.TryAdd((sent.To.Workspace, idempotencyKey), sent);
            return Task.CompletedTask;
        }
    }
}
