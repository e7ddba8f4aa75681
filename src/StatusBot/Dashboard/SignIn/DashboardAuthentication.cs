using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using StatusBot.Slack.Inbound;

namespace StatusBot.Dashboard.SignIn;

/// <summary>
/// The dashboard's sign-in: a cookie (HTTP-only, SameSite=Lax, Secure unless the host listens on loopback only) and an
/// OpenID Connect scheme per configured provider (authorization code flow, answered by query so that the Lax cookies
/// come back; PKCE with Entra). What the provider says becomes a <see cref="DashboardUser"/> scoped to one workspace.
/// </summary>
internal static class DashboardAuthentication
{
    public const string Cookie = CookieAuthenticationDefaults.AuthenticationScheme;
    public const string SlackScheme = "slack";
    public const string EntraScheme = "entra";
    public const string SignInPath = "/app/signin";

    public static void Add(IServiceCollection services, DashboardOptions options, bool loopbackOnly)
    {
        var secure = loopbackOnly ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        var auth = services.AddAuthentication(Cookie).AddCookie(Cookie, cookie =>
        {
            cookie.Cookie.Name = "statusbot-dashboard";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = secure;
            cookie.Cookie.Path = "/app";
            cookie.LoginPath = SignInPath;
            cookie.LogoutPath = "/app/signout";
            cookie.AccessDeniedPath = "/app/denied";
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
        });
        if (options.Slack.IsConfigured)
        {
            auth.AddOpenIdConnect(SlackScheme, "Slack", oidc =>
            {
                Common(oidc, options.Slack.Authority, options.Slack.ClientId!, options.Slack.ClientSecret!, "/app/signin-slack", secure);
                oidc.UsePkce = false; // Slack's OpenID Connect flow documents no PKCE.
                oidc.Events.OnTokenValidated = SlackTokenValidatedAsync;
            });
        }

        if (options.Entra.IsConfigured)
        {
            auth.AddOpenIdConnect(EntraScheme, "Microsoft", oidc =>
            {
                Common(oidc, options.Entra.EffectiveAuthority, options.Entra.ClientId!, options.Entra.ClientSecret!, "/app/signin-entra", secure);
                oidc.TokenValidationParameters.IssuerValidator = EntraIssuer(options.Entra);
                var adminGroup = options.Entra.AdminGroupId;
                oidc.Events.OnTokenValidated = context => Become(context, ProviderClaims.Entra(context.Principal!, adminGroup));
            });
        }
    }

    private static void Common(OpenIdConnectOptions oidc, Uri authority, string clientId, string clientSecret, string callback, CookieSecurePolicy secure)
    {
        oidc.SignInScheme = Cookie;
        oidc.Authority = authority.ToString().TrimEnd('/');
        oidc.RequireHttpsMetadata = !DashboardOptionsValidator.IsLoopback(authority);
        oidc.ClientId = clientId;
        oidc.ClientSecret = clientSecret;
        oidc.ResponseType = OpenIdConnectResponseType.Code;
        oidc.ResponseMode = OpenIdConnectResponseMode.Query;
        oidc.CallbackPath = callback;
        oidc.Scope.Clear();
        oidc.Scope.Add("openid");
        oidc.Scope.Add("profile");
        oidc.Scope.Add("email");
        oidc.MapInboundClaims = false;
        oidc.GetClaimsFromUserInfoEndpoint = false;
        oidc.SaveTokens = false;
        foreach (var cookie in new[] { oidc.CorrelationCookie, oidc.NonceCookie })
        {
            cookie.SameSite = SameSiteMode.Lax;
            cookie.SecurePolicy = secure;
            cookie.HttpOnly = true;
        }

        oidc.Events.OnRemoteFailure = context =>
        {
            context.Response.Redirect(SignInPath + "?failed=" + Uri.EscapeDataString(context.Scheme.DisplayName ?? context.Scheme.Name));
            context.HandleResponse();
            return Task.CompletedTask;
        };
    }

    private static async Task SlackTokenValidatedAsync(TokenValidatedContext context)
    {
        var (user, problem) = ProviderClaims.Slack(context.Principal!);
        if (user is not null && context.HttpContext.RequestServices.GetService<SlackActors>() is { } actors)
        {
            // Admin rights come from users.info with the workspace's bot token; without an install, none.
            var actor = await actors.ForAsync(user.Workspace.Id, user.UserId, context.HttpContext.RequestAborted);
            user = user with { IsAdmin = actor.IsWorkspaceAdmin };
        }

        await Become(context, (user, problem));
    }

    private static Task Become(TokenValidatedContext context, (DashboardUser? User, string? Problem) signedIn)
    {
        if (signedIn.User is { } user)
        {
            context.Principal = user.ToPrincipal(context.Scheme.Name);
        }
        else
        {
            context.Fail(signedIn.Problem!);
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// Entra's multi-tenant discovery names its issuer with a <c>{tenantid}</c> placeholder, so the issuer is checked
    /// here: it must be the one of the tenant the token names (<c>tid</c>).
    /// </summary>
    private static IssuerValidator EntraIssuer(EntraSignInOptions entra) => (issuer, token, _) =>
    {
        var tenant = (token as Microsoft.IdentityModel.JsonWebTokens.JsonWebToken)?.GetPayloadValue<string>("tid");
        return tenant is not null && entra.AllowsTenant(tenant) && string.Equals(issuer, entra.IssuerFor(tenant), StringComparison.Ordinal)
            ? issuer
            : throw new SecurityTokenInvalidIssuerException($"The token's issuer '{issuer}' is not that of its tenant.");
    };
}
