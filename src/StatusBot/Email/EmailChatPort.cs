using MimeKit;
using StatusBot.Core.Chat;

namespace StatusBot.Email;

/// <summary>
/// The chat port for <see cref="ChatAddressKind.Email"/> addresses: customer warnings by email, through
/// the SMTP server in <c>Email:Smtp</c>, or as .eml files in <c>Email:OutboxPath</c> when no server is set.
/// The Message-Id comes from the idempotency key, so a resend is recognisably the same message (and the
/// outbox keeps one file per key). Any other kind of address is refused.
/// </summary>
internal sealed class EmailChatPort : IChatPlatform, IDisposable
{
    /// <inheritdoc />
    public bool Serves(ChatAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return address.Kind == ChatAddressKind.Email;
    }

    private readonly EmailFrom _from;
    private readonly IEmailDelivery _delivery;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly IEmailLinks? _links;

    /// <summary>
    /// Sends as <paramref name="options"/> say; a relative outbox path is under <paramref name="contentRoot"/>. With
    /// <paramref name="links"/>, a message's buttons become links.
    /// </summary>
    public EmailChatPort(EmailOptions options, string contentRoot, TimeProvider time, ILogger<EmailChatPort> logger, IEmailLinks? links = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        _from = new EmailFrom(options.Smtp.From, options.FromName, options.CcOwner);
        _time = time;
        _logger = logger;
        _links = links;
        if (string.IsNullOrWhiteSpace(options.Smtp.Host))
        {
            var folder = Path.GetFullPath(options.OutboxPath, contentRoot);
            EmailLog.UsingOutbox(logger, folder);
            _delivery = new OutboxEmailDelivery(folder, time, logger);
        }
        else
        {
            var security = SmtpEmailDelivery.SecurityOf(options.Smtp).ToString();
            EmailLog.UsingSmtp(logger, options.Smtp.Host, options.Smtp.Port, security);
            _delivery = new SmtpEmailDelivery(options.Smtp, logger);
        }
    }

    /// <inheritdoc />
    public async Task<SentMessage> SendAsync(ChatAddress recipient, ChatMessage message, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        ArgumentNullException.ThrowIfNull(message);
        ArgumentException.ThrowIfNullOrWhiteSpace(idempotencyKey);
        var to = MailboxOf(recipient);
        var messageId = EmailComposer.MessageIdFor(recipient.Workspace, idempotencyKey);
        var links = _links is null ? [] : message.Buttons
            .Select(b => _links.LinkFor(recipient.Workspace, b) is { } url ? new EmailLink(b.Label, url) : null).OfType<EmailLink>().ToList();
        using var email = EmailComposer.Compose(_from, to, message, messageId, _time.GetUtcNow(), links);
        EmailLog.Addressed(_logger, messageId, to.Address);
        await _delivery.DeliverAsync(email, cancellationToken);
        return new SentMessage(recipient, $"<{messageId}>", recipient.Id);
    }

    /// <summary>
    /// Does nothing: a sent email cannot be changed; its links stay valid until they expire.
    /// </summary>
    public Task UpdateAsync(SentMessage sent, ChatMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sent);
        _ = MailboxOf(sent.To);
        return Task.CompletedTask;
    }

    private static MailboxAddress MailboxOf(ChatAddress recipient)
    {
        if (recipient.Kind != ChatAddressKind.Email)
        {
            throw new ArgumentException(
                $"The email port sends to email addresses only, not to a {recipient.Kind} ({recipient.Id}) in {recipient.Workspace}.",
                nameof(recipient));
        }

        if (!MailboxAddress.TryParse(recipient.Id, out var mailbox) || !mailbox.Address.Contains('@', StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{recipient.Id}' is not an email address.", nameof(recipient));
        }

        return mailbox;
    }

    /// <inheritdoc />
    public void Dispose() => (_delivery as IDisposable)?.Dispose();
}
