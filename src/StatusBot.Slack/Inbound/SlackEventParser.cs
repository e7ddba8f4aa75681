using StatusBot.Core.Chat;
using System.Globalization;
using System.Text.Json;

namespace StatusBot.Slack.Inbound;

/// <summary>Parses a verified Events API body and its retry headers. Never throws on bad input.</summary>
public static class SlackEventParser
{
    private const long MaxUnixSeconds = 253_402_300_799; // 9999-12-31T23:59:59Z

    /// <summary>Parses the JSON body of an Events API request.</summary>
    /// <param name="body">The raw, verified body.</param>
    /// <param name="retryNum">The <c>X-Slack-Retry-Num</c> header, or null on a first delivery.</param>
    /// <param name="retryReason">The <c>X-Slack-Retry-Reason</c> header, when sent.</param>
    public static SlackParseResult<SlackEventEnvelope> Parse(ReadOnlySpan<byte> body, string? retryNum = null, string? retryReason = null)
    {
        EventEnvelopeWire? wire;
        try
        {
            wire = JsonSerializer.Deserialize(body, SlackInboundJsonContext.Default.EventEnvelopeWire);
        }
        catch (JsonException exception)
        {
            return Fail($"The event body is not valid JSON (line {exception.LineNumber}, position {exception.BytePositionInLine}).");
        }

        return wire?.Type switch
        {
            null => Fail("The event body has no type."),
            "url_verification" => wire.Challenge is { Length: > 0 } challenge
                ? SlackParse.Ok<SlackEventEnvelope>(new SlackUrlVerification(challenge))
                : Fail("The url_verification body has no challenge."),
            "event_callback" => Callback(wire, retryNum, retryReason),
            var other => Fail($"The event envelope type '{(other.Length <= 40 ? other : other[..40] + "...")}' is not supported."),
        };
    }

    private static SlackParseResult<SlackEventEnvelope> Callback(EventEnvelopeWire wire, string? retryNum, string? retryReason)
    {
        if (string.IsNullOrEmpty(wire.EventId) || string.IsNullOrEmpty(wire.TeamId) || string.IsNullOrEmpty(wire.ApiAppId)
            || string.IsNullOrEmpty(wire.Event?.Type))
        {
            return Fail("The event_callback body lacks event_id, team_id, api_app_id or event.type.");
        }

        if (!WorkspaceId.TryCreate(ChatPlatform.Slack, wire.TeamId, out _))
        {
            return Fail("The event_callback's team_id is not a Slack team id.");
        }

        SlackRetry? retry = null;
        if (!string.IsNullOrEmpty(retryNum))
        {
            if (!int.TryParse(retryNum, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1)
            {
                return Fail("X-Slack-Retry-Num is not a positive number.");
            }

            retry = new SlackRetry(number, string.IsNullOrEmpty(retryReason) ? null : retryReason);
        }

        var inner = wire.Event;
        if (wire.EventId.Length > 128 || SlackIds.FirstInvalid(("event.user", StringOrNull(inner.User)), ("event.channel", StringOrNull(inner.Channel))) is not null)
        {
            return Fail("The event_callback's event_id, event.user or event.channel is not of the shape Slack gives.");
        }

        return SlackParse.Ok<SlackEventEnvelope>(new SlackEventCallback(
            wire.EventId,
            wire.TeamId,
            wire.ApiAppId,
            wire.EventTime is >= 0 and <= MaxUnixSeconds ? DateTimeOffset.FromUnixTimeSeconds(wire.EventTime.Value) : null,
            new SlackEvent(inner.Type, StringOrNull(inner.User), StringOrNull(inner.Channel), inner.Tab) { BotTokensRevoked = inner.Tokens?.Bot is { Count: > 0 } },
            retry));
    }

    private static string? StringOrNull(JsonElement element) =>
        element.ValueKind == JsonValueKind.String ? element.GetString() : null;

    private static SlackParseResult<SlackEventEnvelope> Fail(string error) => SlackParse.Fail<SlackEventEnvelope>(error);
}
