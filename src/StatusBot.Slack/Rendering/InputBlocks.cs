using System.Text.Json.Nodes;
using StatusBot.Core.Chat;

namespace StatusBot.Slack.Rendering;

/// <summary>
/// Renders Core's inputs as Block Kit input blocks: a date picker or a plain_text_input (multiline when Core
/// says so) whose <c>block_id</c> and <c>action_id</c> are both the input's id, so that its value comes back
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
