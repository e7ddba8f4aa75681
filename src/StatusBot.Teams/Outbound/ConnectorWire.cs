using System.Text.Json.Serialization;

namespace StatusBot.Teams.Outbound;

/// <summary>The Bot Connector's answer to a send, reply, update or create: the new resource's id.</summary>
internal sealed record ResourceResponse(string? Id, string? ActivityId = null);

/// <summary>A member or the bot in a create-conversation request.</summary>
internal sealed record ConnectorAccount(string Id);

internal sealed record TenantInfo(string Id);

internal sealed record ConversationChannelData(TenantInfo Tenant);

/// <summary>POST /v3/conversations: a 1:1 chat between the bot and one member.</summary>
internal sealed record CreateConversationRequest(ConnectorAccount Bot, IReadOnlyList<ConnectorAccount> Members, ConversationChannelData ChannelData, bool IsGroup, string TenantId);

/// <summary>Source-generated JSON for the Bot Connector's wire types (camelCase, nulls left out).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(CreateConversationRequest))]
[JsonSerializable(typeof(System.Text.Json.Nodes.JsonObject))]
internal sealed partial class ConnectorWireJsonContext : JsonSerializerContext;
