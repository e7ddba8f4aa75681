using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StatusBot.Slack.Outbound;

namespace StatusBot.Slack.Installations;

/// <summary>
/// OAuth v2 installs into many workspaces. <c>GET /slack/install</c> files a random single-use <c>state</c>, puts it
/// in a cookie of this browser and sends the browser to Slack; <c>GET /slack/oauth/callback</c> takes the install
/// only when the state Slack returns matches the cookie and was never used, exchanges the code for the bot token
/// and stores it encrypted. Every refusal is a page saying what to do, with a 4xx.
/// </summary>
public sealed class SlackInstallHandler(
    IOptions<SlackOptions> options, ISlackOAuthStateStore states, SlackOAuthClient oauth, SlackWorkspaces workspaces, TimeProvider time,
    ILogger<SlackInstallHandler> logger)
{
    /// <summary>The cookie that binds an install to the browser that started it.</summary>
    public const string StateCookie = "statusbot_slack_state";

    /// <summary>How long an install may take from the first click to the callback.</summary>
    public static readonly TimeSpan StateLifetime = TimeSpan.FromMinutes(10);

    private const string CallbackPath = "/slack/oauth/callback";

    /// <summary><c>GET /slack/install</c>: off (404) unless OAuth is configured; otherwise a redirect to Slack.</summary>
    public async Task<IResult> InstallAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var slack = options.Value;
        if (!slack.IsMultiWorkspace)
        {
            return SlackInstallPages.Off();
        }

        var state = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        await states.IssueAsync(state, time.GetUtcNow() + StateLifetime, context.RequestAborted);
        context.Response.Cookies.Append(StateCookie, state, new CookieOptions
        {
            HttpOnly = true,
            Secure = context.Request.IsHttps,
            SameSite = SameSiteMode.Lax, // sent on Slack's top-level redirect back, not on cross-site posts
            Path = CallbackPath,
            MaxAge = StateLifetime,
        });
        var query = new Dictionary<string, string?>
        {
            ["client_id"] = slack.ClientId,
            ["scope"] = string.Join(',', SlackScopes.Bot),
            ["redirect_uri"] = RedirectUri(context).ToString(),
            ["state"] = state,
        };
        return Results.Redirect(QueryHelpers.AddQueryString(slack.AuthorizeUrl.ToString(), query));
    }

    /// <summary><c>GET /slack/oauth/callback</c>: checks the state, exchanges the code, stores the installation.</summary>
    public async Task<IResult> CallbackAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!options.Value.IsMultiWorkspace)
        {
            return SlackInstallPages.Off();
        }

        var query = context.Request.Query;
        var state = query["state"].ToString();
        var cookie = context.Request.Cookies[StateCookie];
        context.Response.Cookies.Delete(StateCookie, new CookieOptions { Path = CallbackPath });
        if (state.Length == 0 || cookie is null || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(state), Encoding.UTF8.GetBytes(cookie)))
        {
            Log.InstallRefused(logger, "state_mismatch");
            return SlackInstallPages.Refused(StatusCodes.Status400BadRequest,
                "This install was not started in this browser, or it took too long. Start it again from the same browser.");
        }

        if (!await states.TryRedeemAsync(state, time.GetUtcNow(), context.RequestAborted))
        {
            Log.InstallRefused(logger, "state_used_or_expired");
            return SlackInstallPages.Refused(StatusCodes.Status400BadRequest, "This install link was used already or has expired. Start the install again.");
        }

        if (query["error"].ToString() is { Length: > 0 } error)
        {
            Log.InstallRefused(logger, error.Length <= 40 ? error : error[..40]);
            return SlackInstallPages.Refused(StatusCodes.Status400BadRequest,
                error == "access_denied" ? "The install was cancelled in Slack, so nothing changed." : "Slack did not complete the install, so nothing changed.");
        }

        if (query["code"].ToString() is not { Length: > 0 } code)
        {
            return SlackInstallPages.Refused(StatusCodes.Status400BadRequest, "Slack sent no code with the callback, so nothing changed.");
        }

        SlackInstallation installation;
        try
        {
            installation = await oauth.ExchangeCodeAsync(code, RedirectUri(context), context.RequestAborted);
        }
        catch (SlackApiException ex)
        {
            Log.InstallRefused(logger, ex.Error);
            return SlackInstallPages.Refused(ex.Error == "network_error" || ex.Error.StartsWith("http_5", StringComparison.Ordinal)
                ? StatusCodes.Status502BadGateway : StatusCodes.Status400BadRequest,
                ex.Error == "org_install_not_supported"
                    ? "StatusBot installs into one workspace at a time; organisation-wide installs are not supported."
                    : $"Slack did not accept the install ({ex.Error}), so nothing changed.");
        }

        await workspaces.InstalledAsync(installation, context.RequestAborted);
        Log.Installed(logger, installation.TeamId, installation.ExpiresAt is not null);
        return SlackInstallPages.Installed(installation);
    }

    private Uri RedirectUri(HttpContext context) =>
        options.Value.RedirectUri ?? new Uri($"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}{CallbackPath}");
}
