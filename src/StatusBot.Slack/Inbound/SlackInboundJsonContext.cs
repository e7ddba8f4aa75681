using System.Text.Json.Serialization;

namespace StatusBot.Slack.Inbound;

/// <summary>Source-generated JSON for the payloads Slack sends to StatusBot.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(InteractionWire))]
[JsonSerializable(typeof(EventEnvelopeWire))]
internal sealed partial class SlackInboundJsonContext : JsonSerializerContext;
