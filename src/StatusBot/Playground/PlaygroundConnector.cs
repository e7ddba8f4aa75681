using System.Globalization;
using System.Text.Json.Nodes;

namespace StatusBot.Playground;

/// <summary>
/// Writes activities into playground conversations the way the Bot Connector service would: the bot's
/// (from the connector endpoints, or in process) and the user's (from Direct Line), each completed
/// with the fields the other side expects.
/// </summary>
internal sealed class PlaygroundConnector(PlaygroundConversationStore store, TimeProvider time)
{
    /// <summary>The id of the personal conversation with <paramref name="userId"/>, created when missing.</summary>
    public string OpenPersonal(string userId)
    {
        var id = PlaygroundWorkspace.PersonalConversationId(userId);
        store.Ensure(id);
        return id;
    }

    /// <summary>Posts the bot's <paramref name="activity"/> (a reply when <paramref name="replyToId"/> is set). Returns its id, or null when the conversation does not exist.</summary>
    public string? Send(string conversationId, JsonObject activity, string? replyToId = null, string? serviceUrl = null)
    {
        ArgumentNullException.ThrowIfNull(activity);
        CompleteFromBot(activity, conversationId, serviceUrl);
        activity["timestamp"] = Now();
        if (replyToId is not null)
        {
            activity["replyToId"] = replyToId;
        }

        return store.Append(conversationId, activity, AdaptiveCardBridge.RewriteOutgoing);
    }

    /// <summary>Replaces the bot's activity in place: same id and timestamp (so Web Chat keeps its place), new content. False when there is no such activity.</summary>
    public bool Update(string conversationId, string activityId, JsonObject activity, string? serviceUrl = null)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return store.Replace(conversationId, activityId, old =>
        {
            CompleteFromBot(activity, conversationId, serviceUrl ?? old["serviceUrl"]?.GetValue<string>());
            activity["timestamp"] = old["timestamp"]?.DeepClone();
            activity["replyToId"] ??= old["replyToId"]?.DeepClone();
            AdaptiveCardBridge.RewriteOutgoing(activity, activityId);
            return activity;
        });
    }

    /// <summary>Replaces the card of the activity <paramref name="activityId"/> with <paramref name="card"/>, as Teams does for an invoke response.</summary>
    public bool ReplaceCard(string conversationId, string activityId, JsonObject card) =>
        store.Replace(conversationId, activityId, old =>
        {
            old["attachments"] = new JsonArray(new JsonObject
            {
                ["contentType"] = "application/vnd.microsoft.card.adaptive",
                ["content"] = card,
            });
            AdaptiveCardBridge.RewriteOutgoing(old, activityId);
            return old;
        });

    /// <summary>
    /// Records what the user posted through Direct Line, completed into a Bot Framework activity. Returns
    /// the stored activity (a copy), or null when the conversation does not exist.
    /// </summary>
    public JsonObject? Receive(string conversationId, string userId, JsonObject posted, string serviceUrl)
    {
        ArgumentNullException.ThrowIfNull(posted);
        posted["timestamp"] = Now();
        posted["serviceUrl"] = serviceUrl;
        posted["channelId"] = PlaygroundWorkspace.ChannelId;
        posted["from"] = new JsonObject { ["id"] = userId, ["name"] = PlaygroundWorkspace.NameOf(userId), ["role"] = "user" };
        posted["recipient"] = Bot();
        posted["conversation"] = Conversation(conversationId);
        var channelData = posted["channelData"] as JsonObject ?? [];
        channelData["tenant"] = new JsonObject { ["id"] = PlaygroundWorkspace.TenantId };
        posted["channelData"] = channelData;
        var id = store.Append(conversationId, posted);
        return id is null ? null : store.Find(conversationId, id);
    }

    private void CompleteFromBot(JsonObject activity, string conversationId, string? serviceUrl)
    {
        activity["type"] ??= "message";
        var from = activity["from"] as JsonObject ?? Bot();
        from["id"] ??= PlaygroundWorkspace.BotId;
        from["name"] ??= PlaygroundWorkspace.BotName;
        from["role"] = "bot";
        activity["from"] = from;
        activity["conversation"] = Conversation(conversationId);
        activity["channelId"] = PlaygroundWorkspace.ChannelId;
        if (serviceUrl is not null)
        {
            activity["serviceUrl"] = serviceUrl;
        }

        if (conversationId.StartsWith(PlaygroundWorkspace.PersonalConversationId(string.Empty), StringComparison.Ordinal))
        {
            var userId = conversationId[PlaygroundWorkspace.PersonalConversationId(string.Empty).Length..];
            activity["recipient"] = new JsonObject { ["id"] = userId, ["name"] = PlaygroundWorkspace.NameOf(userId), ["role"] = "user" };
        }
    }

    private JsonValue Now() => JsonValue.Create(time.GetUtcNow().ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture));

    private static JsonObject Bot() => new() { ["id"] = PlaygroundWorkspace.BotId, ["name"] = PlaygroundWorkspace.BotName, ["role"] = "bot" };

    private JsonObject Conversation(string conversationId) => new()
    {
        ["id"] = conversationId,
        ["conversationType"] = store.IsChannel(conversationId) ? "channel" : "personal",
        ["tenantId"] = PlaygroundWorkspace.TenantId,
    };
}
