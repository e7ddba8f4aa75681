using System.Text.Json;

namespace StatusBot.Slack.Inbound;

// An Events API body as Slack sends it; every field optional so that SlackEventParser can name what is missing.
internal sealed record EventEnvelopeWire(
    string? Type,
    string? Challenge,
    string? TeamId,
    string? ApiAppId,
    string? EventId,
    long? EventTime,
    EventWire? Event);

// `user` and `channel` are strings in most events and objects in some (user_change, channel_created),
// so they are read as raw JSON and kept only when they are strings.
internal sealed record EventWire(string? Type, JsonElement User, JsonElement Channel, string? Tab, RevokedTokensWire? Tokens);

// tokens_revoked: the user ids whose user tokens (`oauth`) and bot tokens (`bot`) were revoked.
internal sealed record RevokedTokensWire(IReadOnlyList<string>? Oauth, IReadOnlyList<string>? Bot);
