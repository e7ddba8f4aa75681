using System.Text;
using System.Text.Json.Nodes;

namespace StatusBot.Slack.Rendering;

/// <summary>Makes user text safe to put in Slack mrkdwn.</summary>
public static class SlackText
{
    /// <summary>
    /// Escapes <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> (and nothing else, as Slack asks). Every mention and
    /// link form starts with a literal <c>&lt;</c>, so <c>&lt;!channel&gt; free pizza</c> pings no one.
    /// </summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny('&', '<', '>') < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => escaped.Append("&amp;"),
                '<' => escaped.Append("&lt;"),
                '>' => escaped.Append("&gt;"),
                _ => escaped.Append(c),
            };
        }

        return escaped.ToString();
    }

    /// <summary>Cuts <paramref name="text"/> to at most <paramref name="max"/> characters, ending in an ellipsis when cut.</summary>
    internal static string Truncate(string text, int max) =>
        text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");

    /// <summary>
    /// A plain_text object of at most <paramref name="max"/> characters. plain_text is never parsed for mentions
    /// or links, so user text in it is shown as written and needs no escaping.
    /// </summary>
    internal static JsonObject PlainText(string text, int max) => new()
    {
        ["type"] = "plain_text",
        ["text"] = Truncate(text, max),
    };
}
