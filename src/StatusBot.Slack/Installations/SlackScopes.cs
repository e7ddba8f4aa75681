namespace StatusBot.Slack.Installations;

/// <summary>The bot scopes StatusBot asks for: the fewest that let it work (the app manifest lists the same).</summary>
public static class SlackScopes
{
    /// <summary>
    /// Post and update messages, take slash commands, open DMs, see whether a channel exists and has StatusBot in it (public
    /// and private), read users' names and time zones, and their email addresses for the people directory; upload the trend
    /// picture that goes with a scheduled digest.
    /// </summary>
    public static IReadOnlyList<string> Bot { get; } = ["channels:history", "channels:read", "chat:write", "commands", "files:write", "groups:history", "groups:read", "im:history", "im:write", "users:read", "users:read.email"];
}
