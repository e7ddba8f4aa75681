using System.Security.Cryptography;
using System.Text;
using MimeKit;
using StatusBot.Core.Chat;

namespace StatusBot.Email;

/// <summary>
/// Turns a platform-neutral message into an email: a text/plain part (always) and a text/html part with
/// every piece of user text escaped. Buttons become the links given for them (signed by the host); others are left out.
/// </summary>
internal static class EmailComposer
{
    /// <summary>The sender when <c>Email:Smtp:From</c> is unset (outbox only; SMTP requires it).</summary>
    public const string DefaultFrom = "statusbot@localhost";

    private const int MaxSubjectLength = 200;

    /// <summary>
    /// Builds the email of <paramref name="message"/> to <paramref name="to"/>, dated <paramref name="now"/>, from
    /// <paramref name="from"/>'s address. A message that speaks for someone (<see cref="ChatMessage.Sender"/>) shows their
    /// name in From ("Sam Rivera via StatusBot"), takes replies at their address, and copies them when asked to.
    /// </summary>
    public static MimeMessage Compose(EmailFrom from, MailboxAddress to, ChatMessage message, string messageId, DateTimeOffset now, IReadOnlyList<EmailLink>? links = null)
    {
        ArgumentNullException.ThrowIfNull(from);
        links ??= [];
        var email = new MimeMessage
        {
            Subject = SubjectOf(message),
            Date = now,
            MessageId = messageId,
        };
        var address = MailboxAddress.Parse(string.IsNullOrWhiteSpace(from.Address) ? DefaultFrom : from.Address);
        var sender = message.Sender;
        address.Name = OneLine(sender is null ? from.Name : $"{sender.Name} via {from.Name}");
        email.From.Add(address);
        email.To.Add(to);
        if (sender?.Email is { } reply && MailboxAddress.TryParse(reply, out var owner))
        {
            owner.Name = OneLine(sender.Name);
            email.ReplyTo.Add(owner);
            if (from.CcSender)
            {
                email.Cc.Add(owner);
            }
        }

        email.Body = new BodyBuilder { TextBody = TextOf(message, links), HtmlBody = EmailHtml.Render(message, links) }.ToMessageBody();
        return email;
    }

    /// <summary>
    /// The Message-Id (without angle brackets) of the message sent under <paramref name="idempotencyKey"/>
    /// in <paramref name="workspace"/>: the same key always gives the same id, so a resend is recognisably
    /// the same message. Keys are unique per workspace (as in the sent-message log), so the workspace is
    /// part of the hash.
    /// </summary>
    public static string MessageIdFor(WorkspaceId workspace, string idempotencyKey)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(workspace + "\n" + idempotencyKey));
        return Convert.ToHexStringLower(hash) + "@statusbot";
    }

    /// <summary>One line only: a header never carries a line break, whatever the user typed.</summary>
    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));

    private static string TextOf(ChatMessage message, IReadOnlyList<EmailLink> links) =>
        links.Count == 0 ? message.Text : message.Text + "\n\n" + string.Join("\n", links.Select(l => $"{l.Label}: {l.Url}"));

    /// <summary>The subject: <see cref="ChatMessage.Subject"/>, else the first non-blank line of the text.</summary>
    public static string SubjectOf(ChatMessage message)
    {
        var source = string.IsNullOrWhiteSpace(message.Subject) ? message.Text : message.Subject;
        var line = source.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? "";
        line = OneLine(line);
        return line.Length <= MaxSubjectLength ? line : string.Concat(line.AsSpan(0, MaxSubjectLength - 1), "…");
    }
}

/// <summary>Who emails are from: the configured address and name, and whether the person a message speaks for is copied.</summary>
/// <param name="Address">The sender address (<c>Email:Smtp:From</c>); null for <see cref="EmailComposer.DefaultFrom"/>.</param>
/// <param name="Name">The From name (<c>Email:FromName</c>).</param>
/// <param name="CcSender">Whether to CC the person a message speaks for (<c>Email:CcOwner</c>).</param>
internal sealed record EmailFrom(string? Address, string Name, bool CcSender = false);
