using MimeKit;

namespace StatusBot.Email;

/// <summary>Where a composed email goes: an SMTP server, or the outbox folder.</summary>
internal interface IEmailDelivery
{
    /// <summary>Delivers <paramref name="email"/> once per Message-Id where the medium allows it.</summary>
    /// <exception cref="StatusBot.Core.Chat.ChatDeliveryException">Not delivered now; try again later.</exception>
    Task DeliverAsync(MimeMessage email, CancellationToken cancellationToken = default);
}
