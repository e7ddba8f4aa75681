using System.Text.Json.Nodes;

namespace StatusBot.Playground;

/// <summary>
/// The bot behind the playground. Called once for each activity the user sends through Web Chat, one
/// at a time, after the playground has completed it into a Bot Framework activity: <c>type</c>, <c>id</c>,
/// <c>timestamp</c>, <c>localTimezone</c> (as the browser sent it), <c>serviceUrl</c> (the playground's
/// connector, <c>http://localhost:PORT/playground/</c>), <c>channelId</c> <c>"playground"</c>, <c>from</c>
/// (the demo user), <c>recipient</c> (the bot), <c>conversation</c> (<c>conversationType</c>
/// <c>"personal"</c>, <c>tenantId</c> <c>"playground"</c>), and <c>text</c>/<c>value</c>/<c>attachments</c>
/// as sent. A click on an Adaptive Card's <c>Action.Execute</c> arrives as an <c>invoke</c> named
/// <c>adaptiveCard/action</c> whose <c>replyToId</c> is the card's activity, as in Teams.
/// The bot answers through the connector at <c>serviceUrl</c>, authorized with <see cref="PlaygroundConnectorSecret"/>.
/// </summary>
public interface IPlaygroundBot
{
    /// <summary>
    /// Handles one activity. For an <c>invoke</c>, returns the invoke response
    /// (<c>{statusCode, type, value}</c>); a response of type <c>application/vnd.microsoft.card.adaptive</c>
    /// replaces the clicked card, as Teams does. For anything else, returns null.
    /// </summary>
    Task<JsonObject?> OnActivityAsync(JsonObject activity, CancellationToken cancellationToken = default);
}
