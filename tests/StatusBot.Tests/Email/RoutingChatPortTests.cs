using StatusBot.Core.Chat;
using StatusBot.Hosting;

namespace StatusBot.Tests.Email;

/// <summary>Email addresses go to the email port, users and channels to the chat platform.</summary>
public sealed class RoutingChatPortTests
{
    private readonly RecordingChatPort _platform = new();
    private readonly RecordingChatPort _email = new();

    [Fact]
    public async Task SendAsync_EmailAddress_GoesToEmailPortOnly()
    {
        var routing = new RoutingChatPort(_platform, _email);
        var customer = new ChatAddress("slack-T0123", ChatAddressKind.Email, "customer@example.test");

        await routing.SendAsync(customer, new ChatMessage { Text = "Warning" }, "k1");

        Assert.Equal(customer, Assert.Single(_email.Sent).To);
        Assert.Empty(_platform.Sent);
    }

    [Fact]
    public async Task SendAsync_UserAndChannel_GoToPlatformOnly()
    {
        var routing = new RoutingChatPort(_platform, _email);

        await routing.SendAsync(ChatAddress.ToUser("slack-T0123", "U0123"), new ChatMessage { Text = "Check-in" }, "k1");
        await routing.SendAsync(ChatAddress.ToChannel("slack-T0123", "C0456"), new ChatMessage { Text = "Note" }, "k2");

        Assert.Equal(["U0123", "C0456"], _platform.Sent.Select(sent => sent.To.Id));
        Assert.Empty(_email.Sent);
    }

    [Fact]
    public async Task UpdateAsync_RoutesByTheSentMessagesAddress()
    {
        var platform = new UpdateCountingPort();
        var email = new UpdateCountingPort();
        var routing = new RoutingChatPort(platform, email);

        await routing.UpdateAsync(new SentMessage(ChatAddress.ToUser("w", "U1"), "m1", "D1"), new ChatMessage { Text = "x" });
        await routing.UpdateAsync(new SentMessage(new ChatAddress("w", ChatAddressKind.Email, "a@b.test"), "<m2>", "a@b.test"), new ChatMessage { Text = "x" });

        Assert.Equal(["m1"], platform.Updated);
        Assert.Equal(["<m2>"], email.Updated);
    }

    private sealed class UpdateCountingPort : IChatPort
    {
        public List<string> Updated { get; } = [];

        public Task<SentMessage> SendAsync(ChatAddress recipient, ChatMessage message, string idempotencyKey, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public Task UpdateAsync(SentMessage sent, ChatMessage message, CancellationToken cancellationToken = default)
        {
            Updated.Add(sent.MessageId);
            return Task.CompletedTask;
        }
    }
}
