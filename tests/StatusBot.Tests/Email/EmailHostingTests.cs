using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using StatusBot.Core.Chat;
using StatusBot.Email;
using StatusBot.Tests.Hosting;

namespace StatusBot.Tests.Email;

/// <summary>The host registers the email port next to (not instead of) the chat platform.</summary>
public sealed class EmailHostingTests
{
    [Fact]
    public async Task Host_WithoutSmtp_SendsEmailToTheConfiguredOutbox()
    {
        using var factory = new StatusBotFactory();
        var port = factory.Services.GetRequiredService<EmailChatPort>();

        var sent = await port.SendAsync(new ChatAddress("playground", ChatAddressKind.Email, "customer@example.test"), new ChatMessage { Text = "Hello" }, "k1");

        var file = Assert.Single(Directory.GetFiles(Path.Combine(factory.Directory.FullName, "outbox")));
        using var email = MimeMessage.Load(file);
        Assert.Equal(sent.MessageId, $"<{email.MessageId}>");
        Assert.IsNotType<EmailChatPort>(factory.Services.GetRequiredService<IChatPort>());
    }
}
