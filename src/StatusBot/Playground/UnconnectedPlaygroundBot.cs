using System.Text.Json.Nodes;

namespace StatusBot.Playground;

/// <summary>The bot until StatusBot's own is wired to the playground: it says so, so that the page works end to end.</summary>
internal sealed class UnconnectedPlaygroundBot(PlaygroundConnector connector) : IPlaygroundBot
{
    /// <summary>What it answers to every message.</summary>
    public const string Answer =
        "StatusBot is not connected to the playground yet, so nothing here answers your messages. " +
        "(For developers: register an IPlaygroundBot; see src/StatusBot/Playground.)";

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
