using System.Text.RegularExpressions;

namespace StatusBot.Slack.Inbound;

/// <summary>
/// The users mentioned in a slash command's text. With <c>should_escape</c> on (the manifest sets it for the commands
/// that name people), Slack writes each <c>@name</c> the user picked as <c>&lt;@U0123|name&gt;</c>.
/// </summary>
public static partial class SlackMentions
{
    /// <summary>The mentioned user ids, in the order written.</summary>
    public static IReadOnlyList<string> In(string? text) =>
        text is null ? [] : [.. Mention().Matches(text).Select(m => m.Groups["id"].Value)];

    [GeneratedRegex("<@(?<id>[UW][A-Z0-9]{1,32})(\\|[^>]*)?>", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Mention();
}
