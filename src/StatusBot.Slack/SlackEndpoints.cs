using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using StatusBot.Slack.Inbound;

namespace StatusBot.Slack;

/// <summary>Maps Slack's three request URLs (see the app manifest).</summary>
public static class SlackEndpoints
{
    /// <summary><c>POST /slack/commands</c>, <c>/slack/interactions</c> and <c>/slack/events</c>.</summary>
    public static IEndpointRouteBuilder MapSlackEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapPost("/slack/commands", (HttpContext context, SlackCommandsHandler handler) => handler.HandleAsync(context)).DisableAntiforgery();
        app.MapPost("/slack/interactions", (HttpContext context, SlackInteractionsHandler handler) => handler.HandleAsync(context)).DisableAntiforgery();
        app.MapPost("/slack/events", (HttpContext context, SlackEventsHandler handler) => handler.HandleAsync(context)).DisableAntiforgery();
        return app;
    }
}
