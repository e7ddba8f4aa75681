using System.Text.Json.Nodes;

using StatusBot.Playground;

namespace StatusBot.Tests.Playground;

/// <summary>A stand-in bot that answers every message in-process, for tests of the playground's own plumbing.</summary>
internal sealed class StandInPlaygroundBot(PlaygroundConnector connector) : IPlaygroundBot
{
    /// <summary>What it answers to every message.</summary>
    public const string Answer =
        "The stand-in bot got your message.";

    public Task<JsonObject?> OnActivityAsync(JsonObject activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var type = activity["type"]?.GetValue<string>();
        if (type is "message" or "invoke" && activity["conversation"]?["id"]?.GetValue<string>() is { } conversationId)
        {
            connector.Send(conversationId, new JsonObject { ["type"] = "message", ["text"] = Answer }, activity["id"]?.GetValue<string>());
        }

        return Task.FromResult<JsonObject?>(type == "invoke" ? new JsonObject { ["statusCode"] = 200 } : null);
    }
}
