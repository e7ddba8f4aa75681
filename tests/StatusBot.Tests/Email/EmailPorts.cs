using StatusBot.Core.Chat;
using StatusBot.Email;

namespace StatusBot.Tests.Email;

/// <summary>Email ports for tests, on the test SMTP server or on an outbox folder.</summary>
internal static class EmailPorts
{
    public const string From = "warnings@statusbot.test";

    public static SmtpOptions TestServer(Action<SmtpOptions>? change = null)
    {
        // UseTls=false: the local test server has no certificate. Only ever for a local server.
        var smtp = new SmtpOptions { Host = TestSmtpServer.Host, Port = TestSmtpServer.Port, From = From, UseTls = false };
        change?.Invoke(smtp);
        return smtp;
    }

    public static EmailChatPort Smtp(SmtpOptions smtp, RecordingLogger<EmailChatPort>? logger = null, TimeProvider? time = null) =>
        new(new EmailOptions { Smtp = smtp }, Path.GetTempPath(), time ?? TimeProvider.System, logger ?? new RecordingLogger<EmailChatPort>());

    public static EmailChatPort Outbox(string contentRoot, string outboxPath, TimeProvider time, string? from = null) =>
        new(new EmailOptions { OutboxPath = outboxPath, Smtp = new SmtpOptions { From = from } }, contentRoot, time, new RecordingLogger<EmailChatPort>());

    public static ChatAddress Customer(string address = "customer@example.test") => new(WorkspaceId.Parse("slack-T0123"), ChatAddressKind.Email, address);

    /// <summary>A unique idempotency key, so that tests sharing one server find their own message.</summary>
    public static string NewKey() => "warning:" + Guid.NewGuid().ToString("N");

    public static ChatMessage Warning(string text = "Delay: the Acme migration moves to 14 March\n\nWe found a data issue.") => new() { Text = text };
}
