using System.Text.Json.Nodes;
using StatusBot.Playground;

namespace StatusBot.Tests.Playground.Browser;

/// <summary>
/// A bot that answers any message with a card asking for a date (an <c>Action.Execute</c>), and answers
/// the card's invoke with a card that replaces it, as a Universal Actions bot does in Teams.
/// </summary>
internal sealed class CardPlaygroundBot(PlaygroundConnector connector) : IPlaygroundBot
{
    public Task<JsonObject?> OnActivityAsync(JsonObject activity, CancellationToken cancellationToken = default)
    {
        var conversation = activity["conversation"]!["id"]!.GetValue<string>();
        if (activity["type"]!.GetValue<string>() == "invoke")
        {
            var date = activity["value"]!["action"]!["data"]!["newDate"]?.GetValue<string>();
            return Task.FromResult<JsonObject?>(new JsonObject
            {
                ["statusCode"] = 200,
                ["type"] = "application/vnd.microsoft.card.adaptive",
                ["value"] = Card(new JsonObject { ["type"] = "TextBlock", ["text"] = $"New date saved: {date}" }),
            });
        }

        if (activity["type"]!.GetValue<string>() != "message")
        {
            return Task.FromResult<JsonObject?>(null); // The page's join event, for one.
        }

        connector.Send(conversation, new JsonObject
        {
            ["type"] = "message",
            ["attachments"] = new JsonArray(new JsonObject
            {
                ["contentType"] = "application/vnd.microsoft.card.adaptive",
                ["content"] = Card(
                    new JsonObject { ["type"] = "TextBlock", ["text"] = "When will it be ready?" },
                    new JsonObject { ["type"] = "Input.Text", ["id"] = "newDate", ["label"] = "New date" },
                    new JsonObject { ["type"] = "ActionSet", ["actions"] = new JsonArray(new JsonObject { ["type"] = "Action.Execute", ["title"] = "Save date", ["verb"] = "slip.date" }) }),
            }),
        });
        return Task.FromResult<JsonObject?>(null);
    }

    private static JsonObject Card(params JsonNode[] body) => new()
    {
        ["type"] = "AdaptiveCard",
        ["version"] = "1.5",
        ["body"] = new JsonArray(body),
    };
}
