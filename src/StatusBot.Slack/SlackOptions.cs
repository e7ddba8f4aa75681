namespace StatusBot.Slack;

/// <summary>The <c>Slack</c> configuration section: how StatusBot talks to Slack.</summary>
public sealed class SlackOptions
{
    /// <summary>The configuration section's name.</summary>
    public const string Section = "Slack";

    /// <summary>Verifies that inbound requests come from Slack. Default: unset (Slack endpoints refuse every request).</summary>
    public string? SigningSecret { get; set; }

    /// <summary>A bot token (<c>xoxb-...</c>) for single-workspace mode. Default: unset.</summary>
    public string? BotToken { get; set; }

    /// <summary>The app's client id, for OAuth installs into many workspaces. Default: unset.</summary>
    public string? ClientId { get; set; }

    /// <summary>The app's client secret, for OAuth installs. Default: unset.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>The Web API's base address. Default: <c>https://slack.com/api/</c>.</summary>
    public Uri ApiBaseUrl { get; set; } = new("https://slack.com/api/");
}
