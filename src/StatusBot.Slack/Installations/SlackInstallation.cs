namespace StatusBot.Slack.Installations;

/// <summary>The app's installation in one workspace, as OAuth v2 granted it.</summary>
/// <param name="TeamId">The workspace (<c>T...</c>).</param>
/// <param name="TeamName">The workspace's name, when Slack said.</param>
/// <param name="EnterpriseId">The Enterprise Grid organisation, when there is one.</param>
/// <param name="AppId">The app's id.</param>
/// <param name="BotUserId">The bot user's id in the workspace.</param>
/// <param name="BotToken">The bot token (<c>xoxb-</c>, or <c>xoxe.xoxb-</c> with token rotation).</param>
/// <param name="Scopes">The granted bot scopes, comma-separated.</param>
/// <param name="RefreshToken">With token rotation: the token that gets the next bot token.</param>
/// <param name="ExpiresAt">With token rotation: when <paramref name="BotToken"/> stops working.</param>
/// <param name="InstalledBy">The user who installed the app, when Slack said.</param>
/// <param name="InstalledAt">When it was installed (or its tokens last refreshed).</param>
public sealed record SlackInstallation(
    string TeamId,
    string? TeamName,
    string? EnterpriseId,
    string AppId,
    string BotUserId,
    string BotToken,
    string Scopes,
    string? RefreshToken,
    DateTimeOffset? ExpiresAt,
    string? InstalledBy,
    DateTimeOffset InstalledAt)
{
    /// <summary>The store's version of this record; null for one not read from the store.</summary>
    public string? ETag { get; init; }

    /// <summary>Leaves the tokens out, so that a log or an exception message never shows one.</summary>
    public override string ToString() => $"SlackInstallation {{ TeamId = {TeamId}, AppId = {AppId}, ExpiresAt = {ExpiresAt} }}";
}
