namespace StatusBot.Teams;

/// <summary>The <c>Teams</c> configuration section: the bot's registration and where it may talk.</summary>
public sealed class TeamsOptions
{
    /// <summary>The configuration section's name.</summary>
    public const string Section = "Teams";

    /// <summary>The bot's app (client) id. Default: unset, which turns inbound authentication off (allowed on loopback only).</summary>
    public string? AppId { get; set; }

    /// <summary>The bot's client secret, for outbound tokens. Default: unset.</summary>
    public string? AppPassword { get; set; }

    /// <summary>The Microsoft Entra tenant of a single-tenant bot. Default: unset.</summary>
    public string? TenantId { get; set; }

    /// <summary>
    /// The link someone follows to add StatusBot in Teams, given to whoever names a person who has not (for example
    /// <c>https://teams.microsoft.com/l/app/&lt;Teams app id&gt;</c>). Default: unset, meaning a chat with the bot,
    /// <c>https://teams.microsoft.com/l/chat/0/0?users=28:&lt;AppId&gt;</c>, when <see cref="AppId"/> is set.
    /// </summary>
    public Uri? InstallUrl { get; set; }

    /// <summary>Where the keys that sign inbound tokens are published. Default: the Bot Framework's OpenID metadata.</summary>
    public Uri OpenIdMetadataUrl { get; set; } = new("https://login.botframework.com/v1/.well-known/openidconfiguration");

    /// <summary>Hosts that outbound calls and tokens may go to. Default: empty, meaning the public Teams service hosts.</summary>
    public IList<string> AllowedServiceUrlHosts { get; } = [];

    /// <summary>The client-credentials token endpoint. Default: unset, meaning the Microsoft identity platform endpoint of <see cref="TenantId"/>.</summary>
    public Uri? TokenEndpoint { get; set; }
}
