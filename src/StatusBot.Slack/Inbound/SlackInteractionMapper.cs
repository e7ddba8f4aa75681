using System.Text.Json;

namespace StatusBot.Slack.Inbound;

/// <summary>Turns the permissive wire shape into the typed interaction records, checking required fields.</summary>
internal static class SlackInteractionMapper
{
    public static SlackParseResult<SlackInteraction> BlockActions(InteractionWire wire, string teamId, string userId)
    {
        if (wire.Actions is not { Count: > 0 } || wire.Actions.Any(a => string.IsNullOrEmpty(a.ActionId)))
        {
            return SlackInteractionParser.Fail("The block_actions payload has no actions, or an action without action_id.");
        }

        if (string.IsNullOrWhiteSpace(wire.TriggerId) || string.IsNullOrWhiteSpace(wire.Container?.Type))
        {
            return SlackInteractionParser.Fail("The block_actions payload lacks trigger_id or container.type.");
        }

        var responseUrl = Uri.TryCreate(wire.ResponseUrl, UriKind.Absolute, out var url) && SlackForm.IsResponseUrl(url) ? url : null;
        return SlackParse.Ok<SlackInteraction>(new SlackBlockActions
        {
            TeamId = teamId,
            UserId = userId,
            ApiAppId = wire.ApiAppId,
            TriggerId = wire.TriggerId,
            ResponseUrl = responseUrl,
            Actions = [.. wire.Actions.Select(a => new SlackAction(a.ActionId!, a.BlockId, a.Type, a.Value ?? a.SelectedOption?.Value ?? a.SelectedDate))],
            Container = new SlackContainer(
                wire.Container.Type,
                wire.Container.ChannelId ?? wire.Channel?.Id,
                wire.Container.MessageTs ?? wire.Message?.Ts,
                wire.Container.ViewId ?? wire.View?.Id) { IsEphemeral = wire.Container.IsEphemeral ?? false },
            View = wire.View is { Id.Length: > 0 } ? View(wire.View) : null,
            // A message's inputs come in the payload's state; a view's in the view's own.
            Values = Values(wire.State?.Values is { Count: > 0 } message ? message : wire.View?.State?.Values),
        });
    }

    public static SlackParseResult<SlackInteraction> ViewSubmission(InteractionWire wire, string teamId, string userId)
    {
        if (wire.View is not { Id.Length: > 0 })
        {
            return SlackInteractionParser.Fail("The view_submission payload lacks view.id.");
        }

        return SlackParse.Ok<SlackInteraction>(new SlackViewSubmission
        {
            TeamId = teamId,
            UserId = userId,
            ApiAppId = wire.ApiAppId,
            TriggerId = wire.TriggerId,
            View = View(wire.View),
            Values = Values(wire.View.State?.Values),
        });
    }

    public static SlackParseResult<SlackInteraction> ViewClosed(InteractionWire wire, string teamId, string userId)
    {
        if (wire.View is not { Id.Length: > 0 })
        {
            return SlackInteractionParser.Fail("The view_closed payload lacks view.id.");
        }

        return SlackParse.Ok<SlackInteraction>(new SlackViewClosed
        {
            TeamId = teamId,
            UserId = userId,
            ApiAppId = wire.ApiAppId,
            View = View(wire.View),
            IsCleared = wire.IsCleared ?? false,
        });
    }

    private static SlackViewInfo View(ViewWire view) =>
        new(view.Id!, view.Hash, view.CallbackId ?? string.Empty, view.PrivateMetadata ?? string.Empty) { Type = view.Type };

    private static Dictionary<string, IReadOnlyDictionary<string, string?>> Values(Dictionary<string, Dictionary<string, JsonElement>>? values) =>
        values?.ToDictionary(
            block => block.Key,
            block => (IReadOnlyDictionary<string, string?>)(block.Value ?? []).ToDictionary(action => action.Key, action => Value(action.Value)),
            StringComparer.Ordinal)
        ?? new(StringComparer.Ordinal);

    // Each input kind puts its value under its own key; the single-valued ones are read here.
    private static string? Value(JsonElement input)
    {
        if (input.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var key in (ReadOnlySpan<string>)["value", "selected_date", "selected_time", "selected_user", "selected_conversation", "selected_channel"])
        {
            if (input.TryGetProperty(key, out var property) && property.ValueKind == JsonValueKind.String)
            {
                return property.GetString();
            }
        }

        // A multi-select of people sends their ids as an array: Core takes them comma-separated.
        if (input.TryGetProperty("selected_users", out var users) && users.ValueKind == JsonValueKind.Array)
        {
            return string.Join(',', users.EnumerateArray().Where(u => u.ValueKind == JsonValueKind.String).Select(u => u.GetString()));
        }

        // A datetimepicker sends unix seconds as a number.
        if (input.TryGetProperty("selected_date_time", out var dateTime) && dateTime.ValueKind == JsonValueKind.Number)
        {
            return dateTime.GetRawText();
        }

        return input.TryGetProperty("selected_option", out var option)
            && option.ValueKind == JsonValueKind.Object
            && option.TryGetProperty("value", out var optionValue)
            && optionValue.ValueKind == JsonValueKind.String
                ? optionValue.GetString()
                : null;
    }
}
