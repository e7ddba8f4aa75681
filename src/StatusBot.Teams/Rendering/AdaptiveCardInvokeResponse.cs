using System.Text.Json.Nodes;

namespace StatusBot.Teams.Rendering;

/// <summary>
/// The HTTP response body that answers an <c>adaptiveCard/action</c> invoke (Action.Execute): Teams replaces the
/// clicked card with the returned one, shows a message, or shows an error. The host writes it with HTTP 200.
/// </summary>
public static class AdaptiveCardInvokeResponse
{
    /// <summary>Replace the clicked card with <paramref name="content"/>'s card.</summary>
    public static JsonObject Card(AdaptiveCardContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new JsonObject { ["statusCode"] = 200, ["type"] = AdaptiveCardContent.ContentType, ["value"] = content.Card.DeepClone() };
    }

    /// <summary>Keep the card and show <paramref name="text"/> (plain text) to the user who clicked.</summary>
    public static JsonObject Message(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new JsonObject { ["statusCode"] = 200, ["type"] = "application/vnd.microsoft.activity.message", ["value"] = text };
    }

    /// <summary>Tell Teams the action failed (<paramref name="statusCode"/> 4xx or 5xx) with a code and a message for the user.</summary>
    public static JsonObject Error(int statusCode, string code, string message)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(statusCode, 400);
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentNullException.ThrowIfNull(message);
        return new JsonObject
        {
            ["statusCode"] = statusCode,
            ["type"] = "application/vnd.microsoft.error",
            ["value"] = new JsonObject { ["code"] = code, ["message"] = message },
        };
    }
}
