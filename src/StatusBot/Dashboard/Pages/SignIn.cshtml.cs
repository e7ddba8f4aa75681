using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StatusBot.Dashboard.SignIn;

namespace StatusBot.Dashboard.Pages;

/// <summary>
/// <c>/app/signin</c>: a button per configured provider, and the playground user on this machine when the playground
/// is on (signed in at once when no provider is set up).
/// </summary>
internal sealed class SignInModel(IAuthenticationSchemeProvider schemes, PlaygroundSignIn playground) : PageModel
{
    /// <summary>The provider schemes and their labels.</summary>
    public IReadOnlyList<(string Scheme, string Label)> Providers { get; private set; } = [];

    /// <summary>True when the playground user may sign in from here.</summary>
    public bool Playground { get; private set; }

    /// <summary>Where to go once signed in: a dashboard path, else <c>/app</c>.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>The dashboard page to land on after signing in.</summary>
    public string Landing => ReturnPath.Of(ReturnUrl);

    /// <summary>The provider whose sign-in just failed, if one did.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Failed { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        if (Providers.Count == 0 && Playground && Failed is null)
        {
            await PlaygroundSignIn.SignInAsync(HttpContext);
            return LocalRedirect(Landing);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostPlaygroundAsync()
    {
        if (!playground.IsAvailable(HttpContext))
        {
            return NotFound();
        }

        await PlaygroundSignIn.SignInAsync(HttpContext);
        return LocalRedirect(Landing);
    }

    private async Task LoadAsync()
    {
        Providers = [.. (await schemes.GetAllSchemesAsync())
            .Where(s => s.Name is DashboardAuthentication.SlackScheme or DashboardAuthentication.EntraScheme)
            .Select(s => (s.Name, s.Name == DashboardAuthentication.SlackScheme ? "Sign in with Slack" : "Sign in with Microsoft"))];
        Playground = playground.IsAvailable(HttpContext);
    }
}
