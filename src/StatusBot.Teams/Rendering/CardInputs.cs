using System.Text.Json.Nodes;
using StatusBot.Core.Chat;

namespace StatusBot.Teams.Rendering;

/// <summary>Renders a form's inputs: Input.Date or Input.Text, a subtle hint under it, and the last error in attention colour.</summary>
internal static class CardInputs
{
    /// <summary>The card elements for <paramref name="input"/>, in order.</summary>
    public static IEnumerable<JsonObject> For(ChatInput input)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(input.Id);
        if (input.Id == CardActionData.Key)
        {
            throw new ArgumentException($"The input id '{CardActionData.Key}' is reserved for the card's action data.", nameof(input));
        }

        yield return Input(input);
        if (!string.IsNullOrWhiteSpace(input.Hint))
        {
            yield return Text(input.Hint, subtle: true);
        }

        if (!string.IsNullOrWhiteSpace(input.Error))
        {
            yield return Text(input.Error, subtle: false, color: "attention");
        }
    }

    private static JsonObject Input(ChatInput input)
    {
        // Labels, placeholders and values are plain text in Adaptive Cards: no escaping, only length caps.
        var element = new JsonObject
        {
            ["type"] = input.Kind == ChatInputKind.Date ? "Input.Date" : "Input.Text",
            ["id"] = input.Id,
            ["label"] = AdaptiveCardText.Truncate(input.Label, AdaptiveCardLimits.HeadingChars),
            ["isRequired"] = !input.Optional,
        };
        if (!input.Optional)
        {
            element["errorMessage"] = input.Kind == ChatInputKind.Date ? "Pick a date." : "This field is required.";
        }

        if (input.Kind == ChatInputKind.MultilineText)
        {
            element["isMultiline"] = true;
        }

        if (input.Placeholder is { Length: > 0 } placeholder)
        {
            element["placeholder"] = placeholder;
        }

        if (input.InitialValue is { Length: > 0 } value)
        {
            element["value"] = value;
        }

        if (input.MaxLength is { } max && input.Kind != ChatInputKind.Date)
        {
            element["maxLength"] = max;
        }

        return element;
    }

    private static JsonObject Text(string text, bool subtle, string? color = null)
    {
        var block = new JsonObject
        {
            ["type"] = "TextBlock",
            ["text"] = AdaptiveCardText.Escape(text),
            ["wrap"] = true,
            ["size"] = "small",
            ["spacing"] = "none",
        };
        if (subtle)
        {
            block["isSubtle"] = true;
        }

        if (color is not null)
        {
            block["color"] = color;
        }

        return block;
    }
}
