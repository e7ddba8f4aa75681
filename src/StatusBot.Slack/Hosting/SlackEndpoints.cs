using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using StatusBot.Slack.Inbound;
using StatusBot.Slack.Installations;

using StatusBot.Slack;

namespace StatusBot.Slack.Hosting;

/// <summary>Maps Slack's three request URLs (see the app manifest) and the two pages of an OAuth install.</summary>
public static class SlackEndpoints
{
    /// <summary>The paths Slack posts to; each request proves itself by its signature, not by a cookie.</summary>
    public static readonly IReadOnlyList<string> WebhookPaths = [CommandsPath, InteractionsPath, EventsPath];

    private const string CommandsPath = "/slack/commands";
    private const string InteractionsPath = "/slack/interactions";
    private const string EventsPath = "/slack/events";

    /// <summary><c>POST /slack/commands</c>, <c>/slack/interactions</c> and <c>/slack/events</c>; <c>GET /slack/install</c> and <c>/slack/oauth/callback</c>.</summary>
    public static IEndpointRouteBuilder MapSlackEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapPost(CommandsPath, (HttpContext context, SlackCommandsHandler handler) => handler.HandleAsync(context)).DisableAntiforgery();
        app.MapPost(InteractionsPath, (HttpContext context, SlackInteractionsHandler handler) => handler.HandleAsync(context)).DisableAntiforgery();
        app.MapPost(EventsPath, (HttpContext context, SlackEventsHandler handler) => handler.HandleAsync(context)).DisableAntiforgery();
        app.MapGet("/slack/install", (HttpContext context, SlackInstallHandler handler) => handler.InstallAsync(context));
        app.MapGet("/slack/oauth/callback", (HttpContext context, SlackInstallHandler handler) => handler.CallbackAsync(context));
        return app;
    }
}
