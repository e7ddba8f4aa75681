namespace StatusBot.Slack.Inbound;

/// <summary>A slash command as Slack posts it (form fields of the same names in snake case).</summary>
/// <param name="Command">The command, such as <c>/status</c>.</param>
/// <param name="Text">What the user typed after the command; empty when nothing.</param>
/// <param name="ResponseUrl">Where up to 5 replies may be posted within 30 minutes.</param>
/// <param name="TriggerId">Opens a modal within about 3 seconds.</param>
/// <param name="UserId">The user who ran the command.</param>
/// <param name="UserName">The user's handle (deprecated by Slack; may be empty).</param>
/// <param name="TeamId">The workspace.</param>
/// <param name="TeamDomain">The workspace's domain, when sent.</param>
/// <param name="ChannelId">The conversation the command was run in.</param>
/// <param name="ChannelName">The conversation's name, when sent.</param>
/// <param name="ApiAppId">The app the command belongs to, when sent.</param>
/// <param name="EnterpriseId">The Enterprise Grid organization, when there is one.</param>
/// <param name="IsEnterpriseInstall">Whether the app is installed for the whole organization.</param>
public sealed record SlashCommand(
    string Command,
    string Text,
    Uri ResponseUrl,
    string TriggerId,
    string UserId,
    string UserName,
    string TeamId,
    string? TeamDomain,
    string ChannelId,
    string? ChannelName,
    string? ApiAppId,
    string? EnterpriseId,
    bool IsEnterpriseInstall);
