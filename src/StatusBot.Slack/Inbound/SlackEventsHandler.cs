using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StatusBot.Core.Chat;
using StatusBot.Slack.Installations;
using StatusBot.Slack.Outbound;

namespace StatusBot.Slack.Inbound;

/// <summary>
/// <c>POST /slack/events</c>: answers Slack's URL check, acknowledges every event at once, handles each
/// <c>event_id</c> once however often Slack retries it, and publishes the App Home tab when a user opens it. When the
/// app is uninstalled or its bot token revoked, the workspace's tokens are deleted and its scheduled work stopped
/// before Slack hears back, so that a failure makes Slack send the event again.
/// </summary>
public sealed class SlackEventsHandler(
    SlackRequestVerifier verifier, IRepeatLog repeats, SlackHomeTab home, SlackWorkspaces workspaces, IHostApplicationLifetime lifetime,
    ILogger<SlackEventsHandler> logger)
{
    /// <summary>How long an <c>event_id</c> is remembered: well past Slack's last retry (about six minutes).</summary>
    public static readonly TimeSpan EventWindow = TimeSpan.FromHours(1);

    /// <summary>Handles one Events API request.</summary>
    public async Task<IResult> HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (body, refusal) = await SlackInbound.ReadVerifiedAsync(context, verifier, logger);
        if (refusal is not null)
        {
            return refusal;
        }

        var headers = context.Request.Headers;
        var parsed = SlackEventParser.Parse(body, headers["X-Slack-Retry-Num"], headers["X-Slack-Retry-Reason"]);
        if (!parsed.IsSuccess)
        {
            return SlackInbound.Malformed(parsed.Error!);
        }

        if (parsed.Value is SlackUrlVerification check)
        {
            return TypedResults.Json(new JsonObject { ["challenge"] = check.Challenge });
        }

        var callback = (SlackEventCallback)parsed.Value!;
        if (callback.Event.RemovesApp)
        {
            return await RemoveAsync(callback, context.RequestAborted);
        }

        if (!await SlackInbound.IsFirstAsync(repeats, $"slack/event/{callback.TeamId}|{callback.EventId}", EventWindow, logger, context.RequestAborted))
        {
            return TypedResults.Ok();
        }

        switch (callback.Event)
        {
            case { Type: "app_home_opened", Tab: "home", User: { } user }:
                _ = home.PublishAsync(callback.TeamId, user, lifetime.ApplicationStopping);
                break;
            case { Type: "app_home_opened", Tab: "messages", User: { } user }:
                _ = home.GreetOnceAsync(callback.TeamId, user, lifetime.ApplicationStopping);
                break;
            default:
                Log.WorkspaceEvent(logger, callback.TeamId, callback.Event.Type);
                break;
        }

        return TypedResults.Ok();
    }

    /// <summary>Safe to repeat, so not de-duplicated: a retry after a failure must still take effect.</summary>
    private async Task<IResult> RemoveAsync(SlackEventCallback callback, CancellationToken cancellationToken)
    {
        try
        {
            await workspaces.RemovedAsync(callback.TeamId, callback.Event.Type, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.RemovalFailed(logger, callback.TeamId, ex);
            return TypedResults.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        Log.Removed(logger, callback.TeamId, callback.Event.Type);
        return TypedResults.Ok();
    }
}
