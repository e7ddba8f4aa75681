using System.Net;
using System.Text.RegularExpressions;

namespace StatusBot.Teams.Inbound;

/// <summary>Reads a command typed to the bot: <c>@StatusBot digest weekly monday 09:00</c> -> (<c>digest</c>, <c>weekly monday 09:00</c>).</summary>
public static partial class TeamsCommandText
{
    /// <summary>The command's name (lower case; empty when nothing was typed) and the words after it, with mentions and markup removed.</summary>
    public static (string Name, string Arguments) Split(string? text)
    {
        var plain = WebUtility.HtmlDecode(Markup().Replace(Mention().Replace(text ?? string.Empty, " "), " ")).Replace('\u00a0', ' ').Trim();
        var space = plain.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? (plain.ToLowerInvariant(), string.Empty) : (plain[..space].ToLowerInvariant(), plain[(space + 1)..].Trim());
    }

    [GeneratedRegex("<at>.*?</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline, 1000)]
    private static partial Regex Mention();

    [GeneratedRegex("<[^>]+>", RegexOptions.Singleline, 1000)]
    private static partial Regex Markup();
}
