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

    /// <summary>Builds the email of <paramref name="message"/> to <paramref name="to"/>, dated <paramref name="now"/>.</summary>
    public static MimeMessage Compose(string? from, MailboxAddress to, ChatMessage message, string messageId, DateTimeOffset now, IReadOnlyList<EmailLink>? links = null)
    {
        links ??= [];
        var email = new MimeMessage
        {
            Subject = SubjectOf(message),
            Date = now,
            MessageId = messageId,
        };
        email.From.Add(MailboxAddress.Parse(string.IsNullOrWhiteSpace(from) ? DefaultFrom : from));
        email.To.Add(to);
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

    private static string TextOf(ChatMessage message, IReadOnlyList<EmailLink> links) =>
        links.Count == 0 ? message.Text : message.Text + "\n\n" + string.Join("\n", links.Select(l => $"{l.Label}: {l.Url}"));

    /// <summary>The subject: <see cref="ChatMessage.Subject"/>, else the first non-blank line of the text.</summary>
    public static string SubjectOf(ChatMessage message)
    {
        var source = string.IsNullOrWhiteSpace(message.Subject) ? message.Text : message.Subject;
        var line = source.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? "";
        // One line only: a header never carries a line break, whatever the user typed.
        line = string.Join(' ', line.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));
        return line.Length <= MaxSubjectLength ? line : string.Concat(line.AsSpan(0, MaxSubjectLength - 1), "…");
    }
}
