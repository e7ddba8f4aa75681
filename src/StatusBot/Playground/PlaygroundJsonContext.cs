using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace StatusBot.Playground;

/// <summary>Direct Line's conversation object: what start-conversation, reconnect and token refresh answer.</summary>
internal sealed record DirectLineConversation(
    string ConversationId,
    string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn);

/// <summary>Direct Line's activity set: the activities after a watermark, and the watermark to ask from next.</summary>
internal sealed record DirectLineActivitySet(List<JsonObject> Activities, string Watermark);

/// <summary>The Bot Connector's (and Direct Line's) answer to a post: the new resource's id.</summary>
internal sealed record ResourceResponse(string Id);

/// <summary>The playground's wire payloads, serialized without reflection.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(DirectLineConversation))]
[JsonSerializable(typeof(DirectLineActivitySet))]
[JsonSerializable(typeof(ResourceResponse))]
internal sealed partial class PlaygroundJsonContext : JsonSerializerContext;
