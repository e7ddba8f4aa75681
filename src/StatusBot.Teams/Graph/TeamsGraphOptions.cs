namespace StatusBot.Teams.Graph;

/// <summary>
/// The <c>Teams:Graph</c> configuration section: reading people (name, email, manager, mailbox time zone) from Microsoft
/// Graph with the bot's own app credentials (<c>Teams:AppId</c>, <c>Teams:AppPassword</c>, <c>Teams:TenantId</c>).
/// </summary>
public sealed class TeamsGraphOptions
{
    /// <summary>The configuration section's name.</summary>
    public const string Section = "Teams:Graph";

    /// <summary>
    /// Whether people are read from Graph. Default: unset, meaning on when <c>Teams:AppId</c>, <c>Teams:AppPassword</c> and
    /// <c>Teams:TenantId</c> are all set (the app then needs the User.Read.All application permission).
    /// </summary>
    public bool? Enabled { get; set; }

    /// <summary>Graph's address, its version included. Default: <c>https://graph.microsoft.com/v1.0</c>.</summary>
    public Uri BaseUrl { get; set; } = new("https://graph.microsoft.com/v1.0");

    /// <summary>True when Graph is to be read, given the bot's registration <paramref name="teams"/>.</summary>
    public bool IsOn(TeamsOptions teams)
    {
        ArgumentNullException.ThrowIfNull(teams);
        return Enabled ?? HasCredentials(teams);
    }

    /// <summary>True when <paramref name="teams"/> holds what a Graph token needs: the app, its secret and its tenant.</summary>
    internal static bool HasCredentials(TeamsOptions teams) =>
        !string.IsNullOrWhiteSpace(teams.AppId) && !string.IsNullOrWhiteSpace(teams.AppPassword) && !string.IsNullOrWhiteSpace(teams.TenantId);
}
