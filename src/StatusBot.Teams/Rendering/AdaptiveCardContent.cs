using System.Text.Json.Nodes;

namespace StatusBot.Teams.Rendering;

/// <summary>What goes into a Bot Connector activity for one message.</summary>
/// <param name="Card">The Adaptive Card 1.5 (its <c>fallbackText</c> holds the escaped plain text).</param>
/// <param name="Summary">Plain text for the activity's <c>summary</c>: notifications and clients that show no cards.</param>
public sealed record AdaptiveCardContent(JsonObject Card, string Summary)
{
    /// <summary>The content type of an Adaptive Card attachment.</summary>
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>The card as an activity attachment: <c>{contentType, content}</c>, a fresh copy each call.</summary>
    public JsonObject ToAttachment() => new()
    {
        ["contentType"] = ContentType,
        ["content"] = Card.DeepClone(),
    };

    /// <summary>
    /// The message activity: the card as its only attachment and the plain first line as its summary (shown in
    /// notifications). No <c>text</c>: Teams would show it above the card, saying everything twice.
    /// </summary>
    public JsonObject ToActivity() => new()
    {
        ["type"] = "message",
        ["summary"] = Summary,
        ["attachments"] = new JsonArray(ToAttachment()),
    };
}
