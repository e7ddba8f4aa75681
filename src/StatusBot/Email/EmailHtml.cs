using System.Net;
using System.Text;
using StatusBot.Core.Chat;

namespace StatusBot.Email;

/// <summary>
/// The HTML part of an email. Every piece of user text goes through <see cref="WebUtility.HtmlEncode(string)"/>,
/// so a title like <c>&lt;script&gt;</c> shows as text and runs nowhere.
/// </summary>
internal static class EmailHtml
{
    /// <summary>
    /// The message's sections as headed paragraphs; a message without sections shows its text.
    /// (<see cref="ChatMessage.Text"/> is the whole message, and its sections are the same words headed,
    /// so showing both would say everything twice.)
    /// </summary>
    public static string Render(ChatMessage message, IReadOnlyList<EmailLink>? links = null)
    {
        var html = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head><body>\n");
        if (message.Sections.Count == 0)
        {
            AppendParagraphs(html, message.Text);
        }

        foreach (var section in message.Sections)
        {
            if (!string.IsNullOrWhiteSpace(section.Heading))
            {
                html.Append("<h3>").Append(Encode(section.Heading.Trim())).Append("</h3>\n");
            }

            AppendParagraphs(html, section.Body);
            if (section.Items.Count > 0)
            {
                html.Append("<ul>\n").AppendJoin(string.Empty, section.Items.Select(item => $"<li>{Encode(item)}</li>\n")).Append("</ul>\n");
            }
        }

        if (links is { Count: > 0 })
        {
            html.Append("<p>");
            foreach (var link in links)
            {
                html.Append("<a href=\"").Append(Encode(link.Url.AbsoluteUri)).Append("\" style=\"display:inline-block;margin:0 .5em .5em 0;padding:.5em 1em;border:1px solid #0b5394;color:#0b5394\">")
                    .Append(Encode(link.Label)).Append("</a>\n");
            }

            html.Append("</p>\n");
        }

        return html.Append("</body></html>\n").ToString();
    }

    /// <summary>Blank lines separate paragraphs; a single line break stays a line break.</summary>
    private static void AppendParagraphs(StringBuilder html, string text)
    {
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        foreach (var paragraph in normalized.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var lines = paragraph.Split('\n').Select(line => Encode(line.Trim()));
            html.Append("<p>").AppendJoin("<br>\n", lines).Append("</p>\n");
        }
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
