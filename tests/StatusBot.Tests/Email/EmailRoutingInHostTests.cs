using Microsoft.Extensions.DependencyInjection;
using StatusBot.Core.Chat;
using StatusBot.Tests.Hosting;

namespace StatusBot.Tests.Email;

public sealed class EmailRoutingInHostTests
{
    [Fact]
    public async Task The_host_sends_email_addresses_to_the_outbox_once_and_chat_ids_to_the_platform()
    {
        using var factory = new StatusBotFactory();
        var chat = factory.Services.GetRequiredService<IChatPort>();
        var message = new ChatMessage { Text = "New date for the export: Friday 18 December." };
        var outbox = Path.Combine(factory.Directory.FullName, "outbox");

        await chat.SendAsync(ChatAddress.ForDestination(WorkspaceId.Playground, "ops@acme.example"), message, "warning-1");
        await chat.SendAsync(ChatAddress.ForDestination(WorkspaceId.Playground, "ops@acme.example"), message, "warning-1");

        Assert.Single(Directory.GetFiles(outbox, "*.eml"));
        await Assert.ThrowsAsync<ChatDeliveryException>(
            () => chat.SendAsync(ChatAddress.ToUser(WorkspaceId.Playground, "U1"), message, "checkin-1"));
    }
}
