using System.Text.Json.Nodes;

namespace StatusBot.Playground;

/// <summary>
/// Hands the user's activities to the <see cref="IPlaygroundBot"/>, one at a time, off the request that
/// posted them. A message that stands for an <c>Action.Execute</c> is handed over as the invoke it stands
/// for; an invoke response with a card replaces the clicked card. A failing bot is logged, and the user
/// is told in the chat.
/// </summary>
internal sealed class PlaygroundBotDispatcher(
    PlaygroundBotQueue queue, IServiceProvider services, PlaygroundConnector connector, ILogger<PlaygroundBotDispatcher> logger) : BackgroundService
{
    /// <summary>What the user reads when the bot failed.</summary>
    public const string Failure = "StatusBot could not handle that (the host's log says why). Try again.";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var received in queue.ReadAllAsync(stoppingToken))
            {
                await DispatchAsync(received, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping, including a start that failed (a port in use): nothing to report.
        }
    }

    private async Task DispatchAsync(JsonObject received, CancellationToken cancellationToken)
    {
        var activity = AdaptiveCardBridge.ToInvoke(received) ?? received;
        var conversationId = activity["conversation"]?["id"]?.GetValue<string>() ?? string.Empty;
        try
        {
            var bot = services.GetRequiredService<IPlaygroundBot>();
            var response = await bot.OnActivityAsync(activity, cancellationToken);
            ApplyInvokeResponse(activity, conversationId, response);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            PlaygroundLog.BotFailed(logger, activity["type"]?.GetValue<string>() ?? "?", ex);
            connector.Send(conversationId, new JsonObject { ["type"] = "message", ["text"] = Failure }, activity["id"]?.GetValue<string>());
        }
    }

    private void ApplyInvokeResponse(JsonObject activity, string conversationId, JsonObject? response)
    {
        if (activity["type"]?.GetValue<string>() != "invoke" || response is null)
        {
            return;
        }

        var type = response["type"]?.GetValue<string>();
        if (type == "application/vnd.microsoft.card.adaptive" && response["value"] is JsonObject card
            && activity["replyToId"]?.GetValue<string>() is { } cardActivityId)
        {
            connector.ReplaceCard(conversationId, cardActivityId, card.DeepClone().AsObject());
        }
        else if (type == "application/vnd.microsoft.activity.message" && response["value"]?.GetValue<string>() is { } text)
        {
            // Teams shows this as a passing notice; the playground shows it in the chat.
            connector.Send(conversationId, new JsonObject { ["type"] = "message", ["text"] = text }, activity["id"]?.GetValue<string>());
        }
    }
}
