using StatusBot.Core.Chat;
using StatusBot.Core.Tests.Fakes;

namespace StatusBot.Core.Tests.Chat;

public sealed class LoggedChatPortTests
{
    private static readonly ChatAddress Owner = ChatAddress.ToUser(WorkspaceId.Playground, "U1");
    private static readonly ChatMessage Hello = new() { Text = "Is it on track?" };

    [Fact]
    public async Task SendAsync_SameKeyTwice_SendsOnceAndReturnsTheFirstReceipt()
    {
        var platform = new CountingPlatform();
        var port = new LoggedChatPort(platform, new MemorySentMessageLog());

        var first = await port.SendAsync(Owner, Hello, "k1");
        var second = await port.SendAsync(Owner, Hello, "k1");

        Assert.Equal(1, platform.Sends);
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task SendAsync_AfterACrashOnceThePlatformAnswered_DoesNotSendAgain()
    {
        var platform = new CountingPlatform();
        var log = new MemorySentMessageLog();
        await new LoggedChatPort(platform, log).SendAsync(Owner, Hello, "k1");

        // A new process, with the same durable log.
        await new LoggedChatPort(platform, log).SendAsync(Owner, Hello, "k1");

        Assert.Equal(1, platform.Sends);
    }

    [Fact]
    public async Task SendAsync_PlatformRefuses_LogsNothingSoARetrySends()
    {
        var platform = new CountingPlatform { Refuse = true };
        var port = new LoggedChatPort(platform, new MemorySentMessageLog());

        await Assert.ThrowsAsync<ChatDeliveryException>(() => port.SendAsync(Owner, Hello, "k1"));
        platform.Refuse = false;
        await port.SendAsync(Owner, Hello, "k1");

        Assert.Equal(1, platform.Sends);
    }

    [Fact]
    public async Task SendAsync_DifferentKeys_SendsEach()
    {
        var platform = new CountingPlatform();
        var port = new LoggedChatPort(platform, new MemorySentMessageLog());

        await port.SendAsync(Owner, Hello, "k1");
        await port.SendAsync(Owner, Hello, "k2");

        Assert.Equal(2, platform.Sends);
    }

    [Fact]
    public async Task FindDeliveredAsync_WhatThePlatformStillFinds_IsKeptSoAResumedSendDoesNotRepeatIt()
    {
        var platform = new CountingPlatform();
        var log = new MemorySentMessageLog();
        var port = new LoggedChatPort(platform, log);
        Assert.Null(await port.FindDeliveredAsync(Owner, "k1"));

        // The platform took k1, and the host died before keeping its receipt.
        platform.Delivered["k1"] = new SentMessage(Owner, "m-out-there", "D1");
        var found = await port.FindDeliveredAsync(Owner, "k1");
        await port.SendAsync(Owner, Hello, "k1");

        Assert.Equal("m-out-there", found?.MessageId);
        Assert.Equal(found, await log.FindAsync(Owner.Workspace, "k1"));
        Assert.Equal(0, platform.Sends);
    }

    [Fact]
    public async Task SendNewAsync_SendsWithoutLookingInTheLogAndKeepsTheReceiptForLaterSends()
    {
        var platform = new CountingPlatform();
        var log = new MemorySentMessageLog();
        var port = new LoggedChatPort(platform, log);

        var sent = await port.SendNewAsync(Owner, Hello, "k1");
        var again = await port.SendAsync(Owner, Hello, "k1");

        Assert.Equal((1, 1), (platform.Sends, log.Looks)); // the look was the second send's, which found the first's receipt
        Assert.Equal(sent, again);
    }

    private sealed class CountingPlatform : IChatPort
    {
        public Dictionary<string, SentMessage> Delivered { get; } = [];

        public Task<SentMessage?> FindDeliveredAsync(ChatAddress recipient, string idempotencyKey, CancellationToken cancellationToken = default) =>
            Task.FromResult(Delivered.GetValueOrDefault(idempotencyKey));

        public int Sends { get; private set; }

        public bool Refuse { get; set; }

        public Task<SentMessage> SendAsync(ChatAddress recipient, ChatMessage message, string idempotencyKey, CancellationToken cancellationToken = default)
        {
            if (Refuse)
            {
                throw new ChatDeliveryException("down");
            }

            Sends++;
            return Task.FromResult(new SentMessage(recipient, "m" + Sends, "D1"));
        }

        public Task UpdateAsync(SentMessage sent, ChatMessage message, CancellationToken cancellationToken = default) => Task.CompletedTask;
    }
}
