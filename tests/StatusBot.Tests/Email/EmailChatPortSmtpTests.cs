using Microsoft.Extensions.Logging;
using MimeKit;
using StatusBot.Core.Chat;
using StatusBot.Email;

namespace StatusBot.Tests.Email;

/// <summary>The email port against a real SMTP server on loopback (started by test.sh).</summary>
public sealed class EmailChatPortSmtpTests
{
    [Fact]
    public async Task SendAsync_TestServer_ArrivesWithHeadersBothPartsAndMessageId()
    {
        using var port = EmailPorts.Smtp(EmailPorts.TestServer());
        var key = EmailPorts.NewKey();
        var message = new ChatMessage
        {
            Text = "Acme migration: new date 14 March\n\nWe found a data issue in the export.",
            Buttons = [new ChatButton("slip.send", "Send now", "c1")],
        };

        var sent = await port.SendAsync(EmailPorts.Customer(), message, key);

        Assert.Equal($"<{EmailComposer.MessageIdFor(WorkspaceId.Parse("slack-T0123"), key)}>", sent.MessageId);
        Assert.Equal(EmailPorts.Customer(), sent.To);
        Assert.Equal("customer@example.test", sent.ConversationId);
        using var received = TestSmtpServer.Received(sent.MessageId);
        Assert.Equal(EmailPorts.From, Assert.Single(received.From.Mailboxes).Address);
        Assert.Equal("customer@example.test", Assert.Single(received.To.Mailboxes).Address);
        Assert.Equal("Acme migration: new date 14 March", received.Subject);
        Assert.Equal(message.Text, received.TextBody!.ReplaceLineEndings("\n").TrimEnd());
        Assert.Contains("<p>We found a data issue in the export.</p>", received.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Send now", received.HtmlBody + received.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_UserTextWithMarkup_EscapedInHtmlAndIntactInText()
    {
        using var port = EmailPorts.Smtp(EmailPorts.TestServer());
        const string Hostile = "<script>alert(1)</script> & \"quotes\"";
        var message = new ChatMessage
        {
            Text = $"New date for {Hostile}\n\nWhat happened: {Hostile}",
            Sections = [new MessageSection(Hostile, $"What happened: {Hostile}")],
        };

        var sent = await port.SendAsync(EmailPorts.Customer(), message, EmailPorts.NewKey());

        using var received = TestSmtpServer.Received(sent.MessageId);
        Assert.Contains(Hostile, received.TextBody, StringComparison.Ordinal);
        Assert.Equal($"New date for {Hostile}", received.Subject);
        const string Escaped = "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;";
        Assert.Contains($"<h3>{Escaped}</h3>", received.HtmlBody, StringComparison.Ordinal);
        Assert.Contains($"<p>What happened: {Escaped}</p>", received.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", received.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_ClosedPort_ThrowsChatDeliveryException()
    {
        using var port = EmailPorts.Smtp(EmailPorts.TestServer(smtp => smtp.Port = FreePort.Find()));

        var error = await Assert.ThrowsAsync<ChatDeliveryException>(() => port.SendAsync(EmailPorts.Customer(), EmailPorts.Warning(), EmailPorts.NewKey()));

        Assert.Contains("could not connect", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("reject-me@example.test", "550")]
    [InlineData("busy-me@example.test", "451")]
    public async Task SendAsync_ServerRefusesRecipient_ThrowsChatDeliveryExceptionWithTheReply(string address, string code)
    {
        using var port = EmailPorts.Smtp(EmailPorts.TestServer());

        var error = await Assert.ThrowsAsync<ChatDeliveryException>(() => port.SendAsync(EmailPorts.Customer(address), EmailPorts.Warning(), EmailPorts.NewKey()));

        Assert.Contains($"answered {code}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_WithUser_SignsInAndSends()
    {
        using var port = EmailPorts.Smtp(EmailPorts.TestServer(smtp => (smtp.User, smtp.Password) = (TestSmtpServer.User, TestSmtpServer.Password)));

        var sent = await port.SendAsync(EmailPorts.Customer(), EmailPorts.Warning(), EmailPorts.NewKey());

        using var received = TestSmtpServer.Received(sent.MessageId);
        Assert.Equal("customer@example.test", Assert.Single(received.To.Mailboxes).Address);
    }

    [Fact]
    public async Task SendAsync_WrongPassword_ThrowsAndLogsNeitherPasswordNorBody()
    {
        const string Password = "wrong-password-7f3a";
        var logger = new RecordingLogger<EmailChatPort>();
        using var port = EmailPorts.Smtp(EmailPorts.TestServer(smtp => (smtp.User, smtp.Password) = (TestSmtpServer.User, Password)), logger);
        var message = EmailPorts.Warning("Subject line\n\nConfidential body text 91c2");

        var error = await Assert.ThrowsAsync<ChatDeliveryException>(() => port.SendAsync(EmailPorts.Customer(), message, EmailPorts.NewKey()));

        Assert.Contains("user name or password", error.Message, StringComparison.Ordinal);
        Assert.Contains(logger.Lines, line => line.Level == LogLevel.Warning);
        Assert.DoesNotContain(Password, logger.All + error, StringComparison.Ordinal);
        var atInformationOrAbove = string.Join('\n', logger.Lines.Where(line => line.Level >= LogLevel.Information).Select(line => line.Text));
        Assert.DoesNotContain("Confidential body text", atInformationOrAbove, StringComparison.Ordinal);
        Assert.DoesNotContain("customer@example.test", atInformationOrAbove, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_UseTlsWithServerWithoutStartTls_ThrowsInsteadOfSendingInClear()
    {
        using var port = EmailPorts.Smtp(EmailPorts.TestServer(smtp => smtp.UseTls = true));

        var error = await Assert.ThrowsAsync<ChatDeliveryException>(() => port.SendAsync(EmailPorts.Customer(), EmailPorts.Warning(), EmailPorts.NewKey()));

        Assert.Contains("STARTTLS", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ChatAddressKind.User, "U0123")]
    [InlineData(ChatAddressKind.Channel, "C0456")]
    public async Task SendAsync_NotAnEmailAddress_ThrowsArgumentException(ChatAddressKind kind, string id)
    {
        using var port = EmailPorts.Smtp(EmailPorts.TestServer());

        var error = await Assert.ThrowsAsync<ArgumentException>(() => port.SendAsync(new ChatAddress(WorkspaceId.Parse("slack-T0123"), kind, id), EmailPorts.Warning(), EmailPorts.NewKey()));

        Assert.Contains("email addresses only", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_MalformedEmailAddress_ThrowsArgumentException()
    {
        using var port = EmailPorts.Smtp(EmailPorts.TestServer());

        await Assert.ThrowsAsync<ArgumentException>(() => port.SendAsync(EmailPorts.Customer("not an address"), EmailPorts.Warning(), EmailPorts.NewKey()));
    }

    [Theory]
    [InlineData(false, 25, "None")]
    [InlineData(true, 465, "SslOnConnect")]
    [InlineData(true, 587, "StartTls")]
    [InlineData(true, 2525, "StartTls")]
    public void SecurityOf_Options_MapsAsDocumented(bool useTls, int port, string expected) =>
        Assert.Equal(expected, SmtpEmailDelivery.SecurityOf(new SmtpOptions { UseTls = useTls, Port = port }).ToString());
}
