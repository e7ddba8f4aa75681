using System.Text;
using System.Text.RegularExpressions;
using System.Text.Json.Nodes;

namespace StatusBot.Slack.Rendering;

/// <summary>Makes user text safe to put in Slack mrkdwn.</summary>
public static partial class SlackText
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

    /// <summary>
    /// Escapes <paramref name="text"/>, then makes a real mention (<c>&lt;@U0123&gt;</c>) of each user id in
    /// <paramref name="mentions"/> where it stands as a word: only ids the bot listed become mentions, so nothing a user
    /// wrote can ping anyone else, and a listed id that is no Slack user id is left as text.
    /// </summary>
    public static string Escape(string text, IReadOnlyList<string> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        var escaped = Escape(text);
        foreach (var id in mentions.Where(id => UserId().IsMatch(id)))
        {
            escaped = Regex.Replace(escaped, $"(?<![A-Za-z0-9@]){id}(?![A-Za-z0-9])", $"<@{id}>", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }

        return escaped;
    }

    [GeneratedRegex("^[UW][A-Z0-9]{1,32}$", RegexOptions.CultureInvariant)]
    private static partial Regex UserId();

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
