using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using StatusBot.Telemetry;
using StatusBot.Core.Chat;
using StatusBot.Email;
using StatusBot.Tests.Hosting;

namespace StatusBot.Tests.Email;

/// <summary>The host registers email as one platform among the chat platforms; the bot sends through the logged, routed port.</summary>
public sealed class EmailHostingTests
{
    [Fact]
    public async Task Host_WithoutSmtp_SendsEmailToTheConfiguredOutbox()
    {
        using var factory = new StatusBotFactory();
        var port = Assert.Single(factory.Services.GetServices<IChatPlatform>().OfType<EmailChatPort>());

        var sent = await port.SendAsync(new ChatAddress(WorkspaceId.Playground, ChatAddressKind.Email, "customer@example.test"), new ChatMessage { Text = "Hello" }, "k1");

        var file = Assert.Single(Directory.GetFiles(Path.Combine(factory.Directory.FullName, "outbox")));
        using var email = MimeMessage.Load(file);
        Assert.Equal(sent.MessageId, $"<{email.MessageId}>");
        Assert.IsType<MeteredChatPort>(factory.Services.GetRequiredService<IChatPort>()); // over a LoggedChatPort: each message once
    }
}
