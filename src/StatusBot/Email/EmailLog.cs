namespace StatusBot.Email;

/// <summary>
/// The email adapter's log (event ids 1200-1299). Recipients appear at Debug only; passwords and message
/// bodies never.
/// </summary>
internal static partial class EmailLog
{
    [LoggerMessage(EventId = 1200, Level = LogLevel.Information, Message = "Email {MessageId} handed to the SMTP server {Host}:{Port}")]
    public static partial void Sent(ILogger logger, string messageId, string host, int port);

    [LoggerMessage(EventId = 1201, Level = LogLevel.Warning, Message = "Email {MessageId} could not be delivered through {Host}:{Port}; it will be tried again: {Reason}")]
    public static partial void NotSent(ILogger logger, string messageId, string host, int port, string reason);

    [LoggerMessage(EventId = 1202, Level = LogLevel.Information, Message = "Email {MessageId} written to the outbox as {FileName}")]
    public static partial void WrittenToOutbox(ILogger logger, string messageId, string fileName);

    [LoggerMessage(EventId = 1203, Level = LogLevel.Debug, Message = "Email {MessageId} is already in the outbox as {FileName}; not written again")]
    public static partial void AlreadyInOutbox(ILogger logger, string messageId, string fileName);

    [LoggerMessage(EventId = 1204, Level = LogLevel.Debug, Message = "Email {MessageId} is addressed to {Recipient}")]
    public static partial void Addressed(ILogger logger, string messageId, string recipient);

    [LoggerMessage(EventId = 1205, Level = LogLevel.Debug, Message = "Email goes to the SMTP server {Host}:{Port} ({Security})")]
    public static partial void UsingSmtp(ILogger logger, string host, int port, string security);

    [LoggerMessage(EventId = 1206, Level = LogLevel.Debug, Message = "No SMTP server is set (Email:Smtp:Host): email is written to the outbox {Path}")]
    public static partial void UsingOutbox(ILogger logger, string path);
}
