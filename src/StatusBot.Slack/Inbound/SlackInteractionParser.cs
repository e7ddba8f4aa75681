using StatusBot.Core.Chat;
using System.Text.Json;

namespace StatusBot.Slack.Inbound;

/// <summary>Parses a verified interaction body (<c>payload=&lt;JSON&gt;</c>). Never throws on bad input.</summary>
public static class SlackInteractionParser
{
    /// <summary>Parses the form-encoded body of an interactivity request.</summary>
    /// <param name="body">The raw, verified body.</param>
    public static SlackParseResult<SlackInteraction> Parse(ReadOnlySpan<byte> body)
    {
        var payload = SlackForm.TryRead(body)?.Get("payload");
        if (payload is null)
        {
            return Fail("The interaction body has no payload field.");
        }

        InteractionWire? wire;
        try
        {
            wire = JsonSerializer.Deserialize(payload, SlackInboundJsonContext.Default.InteractionWire);
        }
        catch (JsonException exception)
        {
            return Fail($"The interaction payload is not valid JSON (line {exception.LineNumber}, position {exception.BytePositionInLine}).");
        }

        if (wire is null)
        {
            return Fail("The interaction payload is null.");
        }

        var teamId = wire.Team?.Id ?? wire.User?.TeamId;
        if (wire.User?.Id is not { Length: > 0 } userId || teamId is not { Length: > 0 })
        {
            return Fail("The interaction payload lacks user.id or team.id.");
        }

        if (!WorkspaceId.TryCreate(ChatPlatform.Slack, teamId, out _))
        {
            return Fail("The interaction payload's team.id is not a Slack team id.");
        }

        if (SlackIds.FirstInvalid(("user.id", userId), ("container.channel_id", wire.Container?.ChannelId), ("channel.id", wire.Channel?.Id)) is { } bad)
        {
            return Fail($"The interaction payload's {bad} is not a Slack id.");
        }

        return wire.Type switch
        {
            "block_actions" => SlackInteractionMapper.BlockActions(wire, teamId, userId),
            "view_submission" => SlackInteractionMapper.ViewSubmission(wire, teamId, userId),
            "view_closed" => SlackInteractionMapper.ViewClosed(wire, teamId, userId),
            null => Fail("The interaction payload has no type."),
            var other => Fail($"The interaction type '{Truncate(other)}' is not supported."),
        };
    }

    internal static SlackParseResult<SlackInteraction> Fail(string error) => SlackParse.Fail<SlackInteraction>(error);

    private static string Truncate(string value) => value.Length <= 40 ? value : value[..40] + "...";
}
