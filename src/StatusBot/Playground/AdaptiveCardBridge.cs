using System.Text.Json.Nodes;

namespace StatusBot.Playground;

/// <summary>
/// Bridges Adaptive Card <c>Action.Execute</c> over Web Chat. Web Chat 4.18 runs only <c>Action.Submit</c>
/// and <c>Action.OpenUrl</c> (it logs "received unknown action" for <c>Action.Execute</c> and sends
/// nothing), so cards going out become <c>Action.Submit</c> whose data carries a marker with the verb, and
/// the message with that <c>value</c> coming back becomes the <c>adaptiveCard/action</c> invoke that Teams
/// would send. A Teams mention (<c>&lt;at&gt;Name&lt;/at&gt;</c>, which Web Chat would show as markup) becomes the name
/// in bold, as Teams highlights it.
/// </summary>
internal static partial class AdaptiveCardBridge
{
    /// <summary>The property of a submitted value that marks it as an <c>Action.Execute</c>.</summary>
    public const string Marker = "playground.execute";

    private const string CardType = "application/vnd.microsoft.card.adaptive";

    /// <summary>Rewrites every <c>Action.Execute</c> of the activity's Adaptive Cards, in place.</summary>
    public static void RewriteOutgoing(JsonObject activity, string activityId)
    {
        if (activity["attachments"] is not JsonArray attachments)
        {
            return;
        }

        foreach (var attachment in attachments.OfType<JsonObject>())
        {
            if (attachment["contentType"]?.GetValue<string>() == CardType && attachment["content"] is JsonObject card)
            {
                Rewrite(card, activityId);
            }
        }
    }

    /// <summary>The invoke a marked submission stands for, or null when <paramref name="message"/> is not one.</summary>
    public static JsonObject? ToInvoke(JsonObject message)
    {
        if (message["value"] is not JsonObject value || value[Marker] is not JsonObject marker)
        {
            return null;
        }

        var data = value.DeepClone().AsObject();
        data.Remove(Marker);
        var invoke = message.DeepClone().AsObject();
        invoke.Remove("text");
        invoke["type"] = "invoke";
        invoke["name"] = "adaptiveCard/action";
        invoke["replyToId"] = marker["activityId"]?.DeepClone();
        invoke["value"] = new JsonObject
        {
            ["action"] = new JsonObject
            {
                ["type"] = "Action.Execute",
                ["id"] = marker["id"]?.DeepClone(),
                ["verb"] = marker["verb"]?.DeepClone(),
                ["data"] = data,
            },
            ["trigger"] = "manual",
        };
        return invoke;
    }

    private static void Rewrite(JsonNode? node, string activityId)
    {
        switch (node)
        {
            case JsonObject obj:
                var name = obj["type"] is JsonValue type && type.TryGetValue<string>(out var kind) ? kind : null;
                if (name == "Action.Execute")
                {
                    var data = obj["data"] is JsonObject given ? given.DeepClone().AsObject() : [];
                    data[Marker] = new JsonObject
                    {
                        ["verb"] = obj["verb"]?.DeepClone(),
                        ["id"] = obj["id"]?.DeepClone(),
                        ["activityId"] = activityId,
                    };
                    obj["type"] = "Action.Submit";
                    obj["data"] = data;
                }

                if (name == "TextBlock" && obj["text"] is JsonValue text && text.TryGetValue<string>(out var words) && words.Contains("<at>", StringComparison.Ordinal))
                {
                    // The bot writes <at> only around names it mentions: user text reaches here escaped (\<at\>).
                    obj["text"] = Mention().Replace(words, "**$1**");
                }

                foreach (var (_, child) in obj.ToList())
                {
                    Rewrite(child, activityId);
                }

                break;
            case JsonArray array:
                foreach (var child in array.ToList())
                {
                    Rewrite(child, activityId);
                }

                break;
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<!\\)<at>(.*?)</at>")]
    private static partial System.Text.RegularExpressions.Regex Mention();
}
