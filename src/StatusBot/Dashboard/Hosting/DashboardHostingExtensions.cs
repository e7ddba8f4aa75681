using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using StatusBot.Dashboard.Charts;
using StatusBot.Dashboard.Export;
using StatusBot.Dashboard.SignIn;
using StatusBot.Dashboard;
using StatusBot.Hosting;
using StatusBot.Slack.Hosting;
using StatusBot.Teams.Hosting;
using StatusBot.Playground;

namespace StatusBot.Dashboard.Hosting;

/// <summary>The web dashboard at <c>/app</c>: sign-in with Slack or Entra ID, pages scoped to the signed-in person's workspace.</summary>
public static class DashboardHostingExtensions
{
    /// <summary>The policy every dashboard page and download requires: a signed-in person with a workspace.</summary>
    public const string MemberPolicy = "dashboard-member";

    /// <summary>The policy of what only a workspace admin may do.</summary>
    public const string AdminPolicy = "dashboard-admin";

    /// <summary>Binds <see cref="DashboardOptions"/>, adds the sign-in schemes it configures, the pages and their data.</summary>
    public static WebApplicationBuilder AddStatusBotDashboard(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<DashboardOptions>().BindConfiguration(DashboardOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DashboardOptions>, DashboardOptionsValidator>();
        var options = builder.Configuration.GetSection(DashboardOptions.Section).Get<DashboardOptions>() ?? new DashboardOptions();
        var loopbackOnly = PlaygroundSwitch.ListensOnLoopbackOnly(builder.Configuration);
        DashboardAuthentication.Add(services, options, loopbackOnly);
        services.AddAuthorizationBuilder()
            .AddPolicy(MemberPolicy, policy => policy.RequireClaim(DashboardUser.WorkspaceClaim).RequireClaim(DashboardUser.UserClaim))
            .AddPolicy(AdminPolicy, policy => policy.RequireClaim(DashboardUser.WorkspaceClaim).RequireClaim(DashboardUser.AdminClaim, "true"));
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "statusbot-antiforgery";
            antiforgery.Cookie.SecurePolicy = loopbackOnly ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        });
        services.AddRazorPages(pages =>
        {
            pages.RootDirectory = "/Dashboard/Pages";
            pages.Conventions.AuthorizeFolder("/", MemberPolicy);
            pages.Conventions.AllowAnonymousToPage("/SignIn");
            pages.Conventions.AllowAnonymousToPage("/Denied");
            pages.Conventions.AuthorizePage("/Delete", AdminPolicy);
        });
        services.AddSingleton<DashboardData>();
        services.AddSingleton<SentWarnings>();
        services.AddSingleton<DigestPicture>();
        services.AddSingleton<PlaygroundSignIn>();
        return builder;
    }

    /// <summary>Maps the pages, the provider challenges and the downloads, behind the sign-in cookie.</summary>
    public static WebApplication MapDashboard(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.OptionsAreValid())
        {
            return app; // Mapping pages resolves Data Protection and so storage: leave it to RunOrExplainAsync to name the bad key.
        }

        app.Use(SecurityHeadersAsync);
        // The chat platforms' endpoints authenticate each request themselves (Slack's signature, Bot Framework's token) and
        // carry no cookie or policy: they skip the sign-in cookie's look-up and the policy check, a few percent of each
        // /slip. Everything else passes both, as before. Marked as set, so WebApplication does not add them again in front.
        app.UseWhen(context => !IsChatWebhook(context.Request.Path), signedIn => signedIn.UseAuthentication().UseAuthorization());
        var properties = ((IApplicationBuilder)app).Properties;
        properties["__AuthenticationMiddlewareSet"] = true;
        properties["__AuthorizationMiddlewareSet"] = true;
        app.MapRazorPages();
        app.MapGet("/app/signin/{provider}", ChallengeAsync);
        ExportEndpoints.Map(app.MapGroup("/app/export").RequireAuthorization(MemberPolicy));
        return app;
    }

    /// <summary>
    /// The dashboard runs no script and loads nothing from elsewhere, so its pages say so: no script, styles inline only,
    /// images from itself (and data: URLs), forms posting to itself, never framed.
    /// </summary>
    private static Task SecurityHeadersAsync(HttpContext context, Func<Task> next)
    {
        if (context.Request.Path.StartsWithSegments("/app", StringComparison.Ordinal))
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "same-origin";
        }

        return next();
    }

    /// <summary>The paths Slack and the Bot Framework post to, as their adapters map them.</summary>
    private static readonly string[] ChatWebhookPaths = [.. SlackEndpoints.WebhookPaths, .. TeamsEndpoints.WebhookPaths];

    internal static bool IsChatWebhook(PathString path) =>
        Array.Exists(ChatWebhookPaths, webhook => path.StartsWithSegments(webhook, StringComparison.Ordinal));

    private static async Task<IResult> ChallengeAsync(string provider, string? returnUrl, IAuthenticationSchemeProvider schemes)
    {
        var scheme = await schemes.GetSchemeAsync(provider);
        return scheme is null || scheme.Name == DashboardAuthentication.Cookie
            ? TypedResults.Problem(
                detail: $"'{provider}' is not a sign-in this StatusBot offers: choose one on {DashboardAuthentication.SignInPath}.",
                statusCode: StatusCodes.Status404NotFound, title: "No such sign-in")
            : TypedResults.Challenge(new AuthenticationProperties { RedirectUri = ReturnPath.Of(returnUrl) }, [scheme.Name]);
    }
}
