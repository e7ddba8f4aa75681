using Microsoft.AspNetCore.Mvc.RazorPages;
using StatusBot.Dashboard.SignIn;

namespace StatusBot.Dashboard.Pages;

/// <summary>A page for a signed-in person: <see cref="Me"/> is who they are and which workspace everything is read from.</summary>
public abstract class DashboardPageModel : PageModel
{
    /// <summary>The signed-in person (the member policy guarantees the claims).</summary>
    public DashboardUser Me => DashboardUser.From(User) ?? throw new InvalidOperationException("A dashboard page ran without a signed-in member.");
}
