using MimeKit;

namespace StatusBot.Tests.Email;

/// <summary>
/// The SMTP server test.sh starts (tools/smtp-sink.js): its port in <c>STATUSBOT_TEST_SMTP_PORT</c> and
/// the folder it writes every received message to in <c>STATUSBOT_TEST_SMTP_MAILDIR</c>. Without them the
/// tests fail (never skip), so a CI run cannot pass without having sent real mail.
/// </summary>
internal static class TestSmtpServer
{
    public const string HostVariable = "STATUSBOT_TEST_SMTP_HOST";
    public const string PortVariable = "STATUSBOT_TEST_SMTP_PORT";
    public const string MaildirVariable = "STATUSBOT_TEST_SMTP_MAILDIR";

    /// <summary>The user and password smtp-sink.js accepts (test-only, not a secret).</summary>
    public const string User = "statusbot";
    public const string Password = "smtp-test-password";

    private const string NotRunning =
        "The test SMTP server is not running: run ./test.sh, or start `NODE_PATH=.tools/node_modules node tools/smtp-sink.js <port> <folder>` " +
        "and set " + PortVariable + " and " + MaildirVariable;

    public static string Host => Environment.GetEnvironmentVariable(HostVariable) is { Length: > 0 } host ? host : "127.0.0.1";

    public static int Port =>
        int.TryParse(Environment.GetEnvironmentVariable(PortVariable), out var port) ? port : throw new InvalidOperationException(NotRunning);

    public static string Maildir =>
        Environment.GetEnvironmentVariable(MaildirVariable) is { Length: > 0 } folder ? folder : throw new InvalidOperationException(NotRunning);

    /// <summary>The message the server received with <paramref name="messageId"/> (with or without angle brackets).</summary>
    public static MimeMessage Received(string messageId)
    {
        var wanted = messageId.Trim('<', '>');
        var folder = Maildir;
        Assert.True(Directory.Exists(folder), $"{NotRunning} (no folder {folder})");
        var matches = new List<MimeMessage>();
        foreach (var path in Directory.EnumerateFiles(folder, "*.eml"))
        {
            var message = MimeMessage.Load(path);
            if (message.MessageId == wanted)
            {
                matches.Add(message);
            }
            else
            {
                message.Dispose();
            }
        }

        return Assert.Single(matches);
    }
}
