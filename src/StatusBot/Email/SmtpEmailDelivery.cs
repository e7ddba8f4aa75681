using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using StatusBot.Core.Chat;

namespace StatusBot.Email;

/// <summary>
/// Sends through an SMTP server with MailKit, one connection per message. TLS mapping:
/// <c>UseTls</c> on port 465 is implicit TLS (<see cref="SecureSocketOptions.SslOnConnect"/>); <c>UseTls</c>
/// on any other port requires STARTTLS (<see cref="SecureSocketOptions.StartTls"/>: a server that does not
/// offer it is refused, never silently used in clear); <c>UseTls=false</c> is plain text
/// (<see cref="SecureSocketOptions.None"/>), for a local test server only.
/// </summary>
internal sealed class SmtpEmailDelivery : IEmailDelivery
{
    /// <summary>How long one SMTP command may take before the send counts as failed.</summary>
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(30);

    private readonly SmtpOptions _options;
    private readonly ILogger _logger;

    public SmtpEmailDelivery(SmtpOptions options, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Host);
        _options = options;
        _logger = logger;
    }

    /// <summary>The socket option <paramref name="options"/> asks for (see the class summary).</summary>
    public static SecureSocketOptions SecurityOf(SmtpOptions options) => options switch
    {
        { UseTls: false } => SecureSocketOptions.None,
        { Port: 465 } => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.StartTls,
    };

    public async Task DeliverAsync(MimeMessage email, CancellationToken cancellationToken = default)
    {
        var host = _options.Host!;
        var messageId = email.MessageId ?? "(no Message-Id)";
        using var client = new SmtpClient { Timeout = (int)CommandTimeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(host, _options.Port, SecurityOf(_options), cancellationToken);
            if (!string.IsNullOrWhiteSpace(_options.User))
            {
                await client.AuthenticateAsync(_options.User, _options.Password ?? "", cancellationToken);
            }

            await client.SendAsync(email, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (Exception ex) when (IsDeliveryFailure(ex, cancellationToken))
        {
            var reason = ReasonOf(ex);
            EmailLog.NotSent(_logger, messageId, host, _options.Port, reason);
            throw new ChatDeliveryException($"Email {messageId} was not delivered through {host}:{_options.Port}: {reason}", ex);
        }

        EmailLog.Sent(_logger, messageId, host, _options.Port);
    }

    private static bool IsDeliveryFailure(Exception ex, CancellationToken cancellationToken) => ex switch
    {
        OperationCanceledException => !cancellationToken.IsCancellationRequested, // a timeout, not the caller
        SmtpCommandException or SmtpProtocolException or AuthenticationException or SslHandshakeException => true,
        ServiceNotConnectedException or ServiceNotAuthenticatedException => true,
        SocketException or IOException or TimeoutException or NotSupportedException => true,
        _ => false,
    };

    /// <summary>What went wrong, in words safe to log: server replies and socket errors carry no secret or body.</summary>
    private static string ReasonOf(Exception ex) => ex switch
    {
        SmtpCommandException command => $"the server answered {(int)command.StatusCode} ({command.ErrorCode}): {command.Message}",
        SocketException socket => $"could not connect ({socket.SocketErrorCode}): {socket.Message}",
        AuthenticationException => "the server refused the user name or password (Email:Smtp:User, Email:Smtp:Password)",
        NotSupportedException => $"the server does not offer what Email:Smtp asks for (for example STARTTLS with UseTls): {ex.Message}",
        OperationCanceledException or TimeoutException => $"the server did not answer within {CommandTimeout.TotalSeconds:0} s",
        _ => ex.Message,
    };
}
