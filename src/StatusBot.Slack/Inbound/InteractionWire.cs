using System.Text.Json;

namespace StatusBot.Slack.Inbound;

// The interaction payload as Slack sends it: one shape for every type, every field optional, so that
// missing fields become a clear parse failure in SlackInteractionParser rather than a JsonException.
internal sealed record InteractionWire(
    string? Type,
    IdWire? User,
    IdWire? Team,
    string? ApiAppId,
    string? TriggerId,
    string? ResponseUrl,
    List<ActionWire>? Actions,
    ContainerWire? Container,
    IdWire? Channel,
    MessageWire? Message,
    ViewWire? View,
    StateWire? State,
    bool? IsCleared);

internal sealed record IdWire(string? Id, string? TeamId);

internal sealed record ActionWire(string? ActionId, string? BlockId, string? Type, string? Value, OptionWire? SelectedOption, string? SelectedDate);

internal sealed record OptionWire(string? Value);

internal sealed record ContainerWire(string? Type, string? MessageTs, string? ChannelId, string? ViewId, bool? IsEphemeral);

internal sealed record MessageWire(string? Ts);

internal sealed record ViewWire(string? Id, string? Type, string? Hash, string? CallbackId, string? PrivateMetadata, StateWire? State);

internal sealed record StateWire(Dictionary<string, Dictionary<string, JsonElement>>? Values);
