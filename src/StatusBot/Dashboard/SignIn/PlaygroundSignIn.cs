using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using StatusBot.Core.Chat;
using StatusBot.Playground;

namespace StatusBot.Dashboard.SignIn;

/// <summary>
/// With the playground on, a browser on this machine may sign in as the playground's user (an admin of the playground
/// workspace) with no provider, so the dashboard works with no Slack or Microsoft account.
/// </summary>
internal sealed class PlaygroundSignIn(IOptions<PlaygroundOptions> options, IConfiguration configuration)
{
    private readonly bool _enabled = PlaygroundSwitch.Decide(options.Value, configuration).Enabled;

    /// <summary>True when this request may sign in as the playground user.</summary>
    public bool IsAvailable(HttpContext context) =>
        _enabled && PlaygroundRequest.IsForLoopbackHost(context.Request) && PlaygroundRequest.IsFromLoopback(context);

    /// <summary>Signs the playground user in with the dashboard cookie.</summary>
    public static Task SignInAsync(HttpContext context)
    {
        var user = new DashboardUser(WorkspaceId.Playground, PlaygroundWorkspace.UserId, PlaygroundWorkspace.UserName, IsAdmin: true);
        return context.SignInAsync(DashboardAuthentication.Cookie, user.ToPrincipal("playground"));
    }
}
