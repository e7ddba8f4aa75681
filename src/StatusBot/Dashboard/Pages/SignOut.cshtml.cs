using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StatusBot.Dashboard.SignIn;

namespace StatusBot.Dashboard.Pages;

/// <summary><c>POST /app/signout</c> (with the anti-forgery token of the layout's form): drops the sign-in cookie.</summary>
internal sealed class SignOutModel : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/app");

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(DashboardAuthentication.Cookie);
        return LocalRedirect(DashboardAuthentication.SignInPath + "?signedOut=1");
    }
}
