using System.Text.Json.Serialization;

namespace StatusBot.Teams.Inbound;

/// <summary>Source-generated JSON for the activities Teams posts (camelCase, unknown members ignored).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Activity))]
internal sealed partial class TeamsInboundJsonContext : JsonSerializerContext;
