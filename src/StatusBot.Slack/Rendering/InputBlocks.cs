using System.Text.Json.Nodes;
using StatusBot.Core.Chat;

namespace StatusBot.Slack.Rendering;

/// <summary>
/// Renders Core's inputs as Block Kit input blocks: a date picker, a people or channel picker, or a plain_text_input
/// (multiline when Core says so) whose <c>block_id</c> and <c>action_id</c> are both the input's id, so that its value comes back
/// under that id in <c>state.values</c> and a field error lands on it.
/// </summary>
internal static class InputBlocks
{
    private const int LabelLength = 2000;
    private const int PlaceholderLength = 150;

    /// <summary>The input block for <paramref name="input"/>.</summary>
    public static JsonObject For(ChatInput input)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(input.Id);
        var element = new JsonObject { ["action_id"] = input.Id };
        if (input.Kind == ChatInputKind.Date)
        {
            element["type"] = "datepicker";
            if (input.InitialValue is { } date)
            {
                element["initial_date"] = date;
            }
        }
        else if (input.Kind == ChatInputKind.User)
        {
            // A picker: people are chosen, never typed as ids.
            element["type"] = "users_select";
            if (input.InitialValue is { } user)
            {
                element["initial_user"] = user;
            }
        }
        else if (input.Kind == ChatInputKind.Users)
        {
            element["type"] = "multi_users_select";
            if (input.InitialValue is { Length: > 0 } users)
            {
                element["initial_users"] = new JsonArray([.. users.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(u => (JsonNode)u)]);
            }
        }
        else if (input.Kind == ChatInputKind.Channel)
        {
            element["type"] = "conversations_select";
            element["filter"] = new JsonObject { ["include"] = new JsonArray("public", "private"), ["exclude_bot_users"] = true };
            if (input.InitialValue is { } conversation)
            {
                element["initial_conversation"] = conversation;
            }
            else
            {
                element["default_to_current_conversation"] = true;
            }
        }
        else
        {
            element["type"] = "plain_text_input";
            element["multiline"] = input.Kind == ChatInputKind.MultilineText;
            if (input.MaxLength is { } max)
            {
                element["max_length"] = max;
            }

            if (input.InitialValue is { } text)
            {
                element["initial_value"] = text;
            }
        }

        if (input.Placeholder is { } placeholder)
        {
            element["placeholder"] = SlackText.PlainText(placeholder, PlaceholderLength);
        }

        var block = new JsonObject
        {
            ["type"] = "input",
            ["block_id"] = input.Id,
            ["label"] = SlackText.PlainText(input.Label, LabelLength),
            ["optional"] = input.Optional,
            ["element"] = element,
        };
        var hint = input.Error is { } error ? $"{error} {input.Hint}".Trim() : input.Hint;
        if (hint is not null)
        {
            block["hint"] = SlackText.PlainText(hint, LabelLength);
        }

        return block;
    }
}
