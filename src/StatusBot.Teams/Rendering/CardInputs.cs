using System.Text.Json.Nodes;
using StatusBot.Core.Chat;

namespace StatusBot.Teams.Rendering;

/// <summary>
/// Renders a form's inputs: Input.Date, Input.Text, or for a person the people picker (an Input.ChoiceSet filled by
/// <see cref="PeopleDataset"/>, whose value is the picked user's Entra object id) falling back to Input.Text on clients
/// without Input.ChoiceSet; a subtle hint under it, and the last error in attention colour. Clients that know
/// Input.ChoiceSet but not Data.Query (Web Chat in the playground) would show an empty list, so the caller asks for the
/// picker only where Teams itself renders the card.
/// </summary>
internal static class CardInputs
{
    /// <summary>The card elements for <paramref name="input"/>, in order; a person is picked only with <paramref name="peoplePicker"/>.</summary>
    public static IEnumerable<JsonObject> For(ChatInput input, bool peoplePicker = true)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(input.Id);
        if (input.Id == CardActionData.Key)
        {
            throw new ArgumentException($"The input id '{CardActionData.Key}' is reserved for the card's action data.", nameof(input));
        }

        yield return input.Kind == ChatInputKind.User && peoplePicker ? PeoplePicker(input) : Input(input);
        if (!string.IsNullOrWhiteSpace(input.Hint))
        {
            yield return Text(input.Hint, subtle: true);
        }

        if (!string.IsNullOrWhiteSpace(input.Error))
        {
            yield return Text(input.Error, subtle: false, color: "attention");
        }
    }

    /// <summary>The organisation's people, searched by Teams itself as the user types.</summary>
    public const string PeopleDataset = "graph.microsoft.com/users";

    private static JsonObject PeoplePicker(ChatInput input)
    {
        var picker = new JsonObject
        {
            ["type"] = "Input.ChoiceSet",
            ["id"] = input.Id,
            ["label"] = AdaptiveCardText.Truncate(input.Label, AdaptiveCardLimits.HeadingChars),
            ["isRequired"] = !input.Optional,
            ["style"] = "filtered",
            ["choices"] = new JsonArray(),
            ["choices.data"] = new JsonObject { ["type"] = "Data.Query", ["dataset"] = PeopleDataset },
        };
        if (!input.Optional)
        {
            picker["errorMessage"] = "Pick someone.";
        }

        if (input.Placeholder is { Length: > 0 } placeholder)
        {
            picker["placeholder"] = placeholder;
        }

        // A client without the picker shows a text field for the person's id under the same input id.
        picker["fallback"] = Input(input);
        return picker;
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
