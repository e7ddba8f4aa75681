using StatusBot.Core.Chat;

namespace StatusBot.Core.Tests.Chat;

/// <summary>Each message goes to the platform that serves its address; one that none serves is undeliverable.</summary>
public sealed class RoutingChatPortTests
{
    private readonly Platform _slack = new(a => a.Kind != ChatAddressKind.Email && a.Workspace.Platform == ChatPlatform.Slack);
    private readonly Platform _email = new(a => a.Kind == ChatAddressKind.Email);

    [Fact]
    public async Task SendAsync_EmailAddress_GoesToEmailOnly()
    {
        var routing = new RoutingChatPort([_slack, _email]);
        var customer = new ChatAddress(WorkspaceId.Parse("slack-T0123"), ChatAddressKind.Email, "customer@example.test");

        await routing.SendAsync(customer, new ChatMessage { Text = "Warning" }, "k1");

        Assert.Equal(["customer@example.test"], _email.Sent);
        Assert.Empty(_slack.Sent);
    }

    [Fact]
    public async Task SendAsync_UserAndChannel_GoToTheirWorkspacesPlatformOnly()
    {
        var routing = new RoutingChatPort([_email, _slack]);

        await routing.SendAsync(ChatAddress.ToUser(WorkspaceId.Parse("slack-T0123"), "U0123"), new ChatMessage { Text = "Check-in" }, "k1");
        await routing.SendAsync(ChatAddress.ToChannel(WorkspaceId.Parse("slack-T0123"), "C0456"), new ChatMessage { Text = "Note" }, "k2");

        Assert.Equal(["U0123", "C0456"], _slack.Sent);
        Assert.Empty(_email.Sent);
    }

    [Fact]
    public async Task SendAsync_NoPlatformServesTheWorkspace_IsUndeliverableAndSendsNothing()
    {
        var routing = new RoutingChatPort([_slack, _email]);

        var refused = await Assert.ThrowsAsync<ChatDeliveryException>(() =>
            routing.SendAsync(ChatAddress.ToUser(WorkspaceId.Parse("teams-0f1e"), "29:abc"), new ChatMessage { Text = "Check-in" }, "k1"));

        Assert.Contains("teams-0f1e", refused.Message, StringComparison.Ordinal);
        Assert.Empty(_slack.Sent);
        Assert.Empty(_email.Sent);
    }

    [Fact]
    public async Task UpdateAsync_RoutesByTheSentMessagesAddress()
    {
        var routing = new RoutingChatPort([_slack, _email]);

        await routing.UpdateAsync(new SentMessage(ChatAddress.ToUser(WorkspaceId.Parse("slack-T1"), "U1"), "m1", "D1"), new ChatMessage { Text = "x" });
        await routing.UpdateAsync(new SentMessage(new ChatAddress(WorkspaceId.Parse("slack-T1"), ChatAddressKind.Email, "a@b.test"), "<m2>", "a@b.test"), new ChatMessage { Text = "x" });

        Assert.Equal(["m1"], _slack.Updated);
        Assert.Equal(["<m2>"], _email.Updated);
    }

    private sealed class Platform(Func<ChatAddress, bool> serves) : IChatPlatform
    {
        public List<string> Sent { get; } = [];

        public List<string> Updated { get; } = [];

        public bool Serves(ChatAddress address) => serves(address);

        public Task<SentMessage> SendAsync(ChatAddress recipient, ChatMessage message, string idempotencyKey, CancellationToken cancellationToken = default)
        {
            Sent.Add(recipient.Id);
            return Task.FromResult(new SentMessage(recipient, "m" + Sent.Count, recipient.Id));
        }

        public Task UpdateAsync(SentMessage sent, ChatMessage message, CancellationToken cancellationToken = default)
        {
            Updated.Add(sent.MessageId);
            return Task.CompletedTask;
        }
    }
}
