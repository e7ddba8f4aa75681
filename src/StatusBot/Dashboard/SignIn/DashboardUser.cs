using System.Security.Claims;
using StatusBot.Core.Chat;

namespace StatusBot.Dashboard.SignIn;

/// <summary>
/// The person signed in to the dashboard, as the sign-in cookie carries them: their workspace (everything they see is
/// read from it alone), their chat user id, their name, and whether they are a workspace admin.
/// </summary>
/// <param name="Workspace">The workspace they belong to.</param>
/// <param name="UserId">Their user id on the platform (Slack <c>U...</c>; Entra object id for Teams).</param>
/// <param name="Name">Their display name.</param>
/// <param name="IsAdmin">True for a workspace admin (Slack admin or owner; Entra admin group or Global Administrator).</param>
public sealed record DashboardUser(WorkspaceId Workspace, string UserId, string Name, bool IsAdmin)
{
    /// <summary>The claim that holds the workspace id.</summary>
    public const string WorkspaceClaim = "statusbot/workspace";

    /// <summary>The claim that holds the user id.</summary>
    public const string UserClaim = "statusbot/user";

    /// <summary>The claim present (value <c>true</c>) for a workspace admin.</summary>
    public const string AdminClaim = "statusbot/admin";

    /// <summary>The claim that holds the display name.</summary>
    public const string NameClaim = "name";

    /// <summary>The cookie's identity for this person.</summary>
    public ClaimsPrincipal ToPrincipal(string authenticationType)
    {
        List<Claim> claims = [new(WorkspaceClaim, Workspace.ToString()), new(UserClaim, UserId), new(NameClaim, Name)];
        if (IsAdmin)
        {
            claims.Add(new Claim(AdminClaim, "true"));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType, NameClaim, AdminClaim));
    }

    /// <summary>The person a signed-in principal stands for, or null when it lacks the claims (so it sees nothing).</summary>
    public static DashboardUser? From(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (principal.Identity?.IsAuthenticated != true
            || !WorkspaceId.TryParse(principal.FindFirstValue(WorkspaceClaim), out var workspace)
            || principal.FindFirstValue(UserClaim) is not { Length: > 0 } user)
        {
            return null;
        }

        return new DashboardUser(workspace, user, principal.FindFirstValue(NameClaim) ?? user, principal.HasClaim(AdminClaim, "true"));
    }
}
