namespace StatusBot.Dashboard.SignIn;

/// <summary>The <c>Dashboard</c> configuration section: who may sign in to the web dashboard at <c>/app</c>, and how.</summary>
public sealed class DashboardOptions
{
    /// <summary>The configuration section's name.</summary>
    public const string Section = "Dashboard";

    /// <summary>"Sign in with Slack" (OpenID Connect). Default: unset, so no Slack sign-in.</summary>
    public SlackSignInOptions Slack { get; set; } = new();

    /// <summary>Microsoft Entra ID (OpenID Connect), for Teams workspaces. Default: unset, so no Entra sign-in.</summary>
    public EntraSignInOptions Entra { get; set; } = new();
}

/// <summary><c>Dashboard:Slack</c>: the Slack app's OpenID Connect client.</summary>
public sealed class SlackSignInOptions
{
    /// <summary>The Slack app's client id. Default: unset (with <see cref="ClientSecret"/>, both or neither).</summary>
    public string? ClientId { get; set; }

    /// <summary>The Slack app's client secret. Default: unset.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>The OpenID provider; its discovery document is read from here. Default: <c>https://slack.com</c>.</summary>
    public Uri Authority { get; set; } = new("https://slack.com");

    /// <summary>True when a client id and secret are set.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(ClientId) && !string.IsNullOrWhiteSpace(ClientSecret);
}

/// <summary><c>Dashboard:Entra</c>: the Microsoft Entra app registration used to sign people in.</summary>
public sealed class EntraSignInOptions
{
    /// <summary>The app registration's application (client) id. Default: unset (with <see cref="ClientSecret"/>, both or neither).</summary>
    public string? ClientId { get; set; }

    /// <summary>A client secret of the app registration. Default: unset.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>
    /// The tenant whose people may sign in, or <c>organizations</c> for any work account (each signs in to their own
    /// tenant's workspace). Default: <c>organizations</c>.
    /// </summary>
    public string TenantId { get; set; } = "organizations";

    /// <summary>The OpenID provider. Default: <c>https://login.microsoftonline.com/{TenantId}/v2.0</c>.</summary>
    public Uri? Authority { get; set; }

    /// <summary>
    /// The object id of an Entra group whose members are the workspace's dashboard admins (the app must emit the
    /// <c>groups</c> claim). Default: unset, so only the tenant's Global Administrators are admins.
    /// </summary>
    public string? AdminGroupId { get; set; }

    /// <summary>True when a client id and secret are set.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(ClientId) && !string.IsNullOrWhiteSpace(ClientSecret);

    /// <summary>The authority in force.</summary>
    public Uri EffectiveAuthority => Authority ?? new Uri(AuthorityOf(TenantId));

    /// <summary>The issuer of tokens for <paramref name="tenant"/>: the authority of that tenant, whichever tenants may sign in.</summary>
    public string IssuerFor(string tenant) =>
        (Authority?.ToString().TrimEnd('/').Replace("{tenantid}", tenant, StringComparison.Ordinal)) ?? AuthorityOf(tenant);

    /// <summary>True when people of <paramref name="tenant"/> may sign in: any tenant with <c>organizations</c> or <c>common</c>, else that one.</summary>
    public bool AllowsTenant(string tenant) =>
        TenantId is "organizations" or "common" || string.Equals(TenantId, tenant, StringComparison.OrdinalIgnoreCase);

    private static string AuthorityOf(string tenant) => $"https://login.microsoftonline.com/{Uri.EscapeDataString(tenant)}/v2.0";
}
