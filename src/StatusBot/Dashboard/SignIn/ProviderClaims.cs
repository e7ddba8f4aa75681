using System.Security.Claims;
using StatusBot.Core.Chat;

namespace StatusBot.Dashboard.SignIn;

/// <summary>
/// Reads who signed in from a provider's validated id token, as the chat adapters name workspaces: Slack's team id
/// claim gives <c>slack-&lt;team&gt;</c>, Entra's tenant id (<c>tid</c>) gives <c>teams-&lt;tenant&gt;</c>.
/// </summary>
internal static class ProviderClaims
{
    public const string SlackTeamId = "https://slack.com/team_id";
    public const string SlackUserId = "https://slack.com/user_id";

    /// <summary>Entra's role template id of Global Administrator, in the <c>wids</c> claim.</summary>
    public const string GlobalAdministratorRole = "62e90394-69f5-4237-9190-012177145e10";

    /// <summary>The Slack person (admin rights are asked of Slack afterwards), or why the token is not enough.</summary>
    public static (DashboardUser? User, string? Problem) Slack(ClaimsPrincipal token)
    {
        if (!WorkspaceId.TryCreate(ChatPlatform.Slack, token.FindFirstValue(SlackTeamId), out var workspace))
        {
            return (null, "Slack did not say which workspace you signed in to.");
        }

        var user = token.FindFirstValue(SlackUserId) ?? token.FindFirstValue("sub");
        return string.IsNullOrWhiteSpace(user)
            ? (null, "Slack did not say who you are.")
            : (new DashboardUser(workspace, user, token.FindFirstValue("name") ?? user, false), null);
    }

    /// <summary>The Entra person, an admin when in <paramref name="adminGroupId"/> or a Global Administrator, or why not.</summary>
    public static (DashboardUser? User, string? Problem) Entra(ClaimsPrincipal token, string? adminGroupId)
    {
        if (!WorkspaceId.TryCreate(ChatPlatform.Teams, token.FindFirstValue("tid"), out var workspace))
        {
            return (null, "Microsoft did not say which organisation (tenant) you signed in to.");
        }

        var user = token.FindFirstValue("oid") ?? token.FindFirstValue("sub");
        if (string.IsNullOrWhiteSpace(user))
        {
            return (null, "Microsoft did not say who you are.");
        }

        var admin = token.HasClaim("wids", GlobalAdministratorRole)
            || (!string.IsNullOrWhiteSpace(adminGroupId) && token.HasClaim("groups", adminGroupId));
        var name = token.FindFirstValue("name") ?? token.FindFirstValue("preferred_username") ?? user;
        return (new DashboardUser(workspace, user, name, admin), null);
    }
}
