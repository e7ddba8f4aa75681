namespace StatusBot.Slack.Installations;

/// <summary>The bot scopes StatusBot asks for: the fewest that let it work (the app manifest lists the same).</summary>
public static class SlackScopes
{
    /// <summary>Post and update messages, take slash commands, open DMs, read users' names and time zones, and their email addresses for the people directory.</summary>
    public static IReadOnlyList<string> Bot { get; } = ["chat:write", "commands", "im:write", "users:read", "users:read.email"];
}
