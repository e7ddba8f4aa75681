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

    /// <summary>
    /// Where Slack sends the browser back after an install; it must be one of the app's redirect URLs. Default: unset
    /// (<c>/slack/oauth/callback</c> on the address the install request came to; set it behind a proxy that ends TLS).
    /// </summary>
    public Uri? RedirectUri { get; set; }

    /// <summary>Slack's page that asks the installing user to allow the app. Default: <c>https://slack.com/oauth/v2/authorize</c>.</summary>
    public Uri AuthorizeUrl { get; set; } = new("https://slack.com/oauth/v2/authorize");

    /// <summary>True when installs into many workspaces (OAuth v2) are on: <see cref="ClientId"/> and <see cref="ClientSecret"/> are set.</summary>
    public bool IsMultiWorkspace => !string.IsNullOrWhiteSpace(ClientId) && !string.IsNullOrWhiteSpace(ClientSecret);
}
