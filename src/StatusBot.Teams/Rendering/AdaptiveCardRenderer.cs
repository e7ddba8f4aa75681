using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using StatusBot.Core.Chat;

namespace StatusBot.Teams.Rendering;

/// <summary>
/// Renders a platform-neutral <see cref="ChatMessage"/> as an Adaptive Card 1.5: the text (or its sections,
/// each a heading and body), a form's inputs, and buttons and form actions as Action.Execute with an
/// Action.Submit fallback. All user text is escaped with <see cref="AdaptiveCardText.Escape"/>; then the people the
/// bot names (<see cref="ChatMessage.Mentions"/>) whose names are known become real mentions (see <see cref="CardMentions"/>).
/// A card over about 80 KB keeps whole sections while they fit and ends with "and N more", like Slack's digests. The
/// message's picture, if any, comes last, inline (see <see cref="CardImage"/>).
/// </summary>
public static class AdaptiveCardRenderer
{
    /// <summary>The Adaptive Card schema version rendered (Universal Actions need 1.4+).</summary>
    public const string Version = "1.5";

    /// <summary>
    /// The card and summary for <paramref name="message"/>; with <paramref name="names"/> (user id to display name), the
    /// people of <see cref="ChatMessage.Mentions"/> it names are mentioned for real. A person input is the people picker
    /// while <paramref name="peoplePicker"/> (Teams' own clients), else a text field.
    /// </summary>
    /// <exception cref="ArgumentException">An action carries more than a card takes, or an input uses a reserved id.</exception>
    public static AdaptiveCardContent Render(ChatMessage message, IReadOnlyDictionary<string, string>? names = null, bool peoplePicker = true)
    {
        ArgumentNullException.ThrowIfNull(message);
        var mentions = CardMentions.For(message, names);
        var fallback = AdaptiveCardText.Truncate(message.Text, AdaptiveCardLimits.FallbackChars);
        var inputs = message.Inputs.SelectMany(input => CardInputs.For(input, peoplePicker)).ToList();
        var actions = message.Buttons.Select(b => CardActions.Button(b, submitsInputs: inputs.Count > 0)).Concat(message.FormActions.Select(CardActions.Form)).ToList();
        var parts = Parts(message, mentions);
        var image = CardImage.For(message.Image);
        var fixedBytes = Bytes(Card(fallback, [], inputs, actions)) + Bytes(More(parts.Count)) + (image is null ? 0 : Bytes(image) + 1);
        var shown = Fit(parts, AdaptiveCardLimits.CardBytes - fixedBytes);
        var body = shown.SelectMany(p => p).ToList();
        if (shown.Count < parts.Count)
        {
            body.Add(More(parts.Count - shown.Count));
        }

        if (image is not null)
        {
            body.Add(image);
        }

        var summary = AdaptiveCardText.Truncate(message.Text.Split('\n', 2)[0].Trim(), AdaptiveCardLimits.FallbackChars);
        var card = Card(fallback, body, inputs, actions);
        if (mentions.MsTeams(body.SelectMany(Texts)) is { } msteams)
        {
            card["msteams"] = msteams;
        }

        return new AdaptiveCardContent(card, summary);
    }

    private static JsonObject Card(string fallback, List<JsonObject> body, List<JsonObject> inputs, List<JsonObject> actions)
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = Version,
            // Shown as plain text by clients that cannot render the card: no markdown to escape.
            ["fallbackText"] = fallback,
            // Copies: the same elements are first measured in a card without the body.
            ["body"] = new JsonArray([.. body.Concat(inputs).Select(n => n.DeepClone())]),
        };
        if (actions.Count > 0)
        {
            card["actions"] = new JsonArray([.. actions.Select(n => n.DeepClone())]);
        }

        return card;
    }

    /// <summary>Each part of the message as the body elements it needs; a part is kept or cut whole.</summary>
    private static List<List<JsonObject>> Parts(ChatMessage message, CardMentions mentions)
    {
        if (message.Sections.Count == 0)
        {
            return [.. Chunks(message.Text).Select(chunk => new List<JsonObject> { Text(chunk, mentions) })];
        }

        var parts = new List<List<JsonObject>>();
        var first = message.Sections[0];
        var lead = message.Text.Split('\n', 2)[0];
        // The text usually opens with a title that no section carries (a digest's); show it first.
        if (lead.Length > 0 && !message.Text.StartsWith(first.Heading ?? first.Body, StringComparison.Ordinal))
        {
            parts.Add([Heading(lead, "medium", mentions)]);
        }

        foreach (var section in message.Sections)
        {
            var items = new List<JsonObject>();
            if (!string.IsNullOrWhiteSpace(section.Heading))
            {
                items.Add(Heading(section.Heading, null));
            }

            items.AddRange(Chunks(section.Body).Select(chunk => Text(chunk, mentions)));
            items.AddRange(section.Items.SelectMany(item => Chunks("• " + item)).Select(chunk => ListItem(Text(chunk, mentions))));
            if (items.Count > 0)
            {
                parts.Add([new JsonObject { ["type"] = "Container", ["separator"] = parts.Count > 0, ["items"] = new JsonArray([.. items.Select(n => (JsonNode)n)]) }]);
            }
        }

        return parts;
    }

    /// <summary>Whole parts, in order, while they fit in <paramref name="room"/> bytes.</summary>
    private static List<List<JsonObject>> Fit(List<List<JsonObject>> parts, int room)
    {
        var shown = new List<List<JsonObject>>();
        foreach (var part in parts)
        {
            // Each element also costs a comma in the body array.
            room -= part.Sum(element => Bytes(element) + 1);
            if (room < 0)
            {
                break;
            }

            shown.Add(part);
        }

        return shown;
    }

    private static IEnumerable<string> Chunks(string text)
    {
        for (var start = 0; start < text.Length;)
        {
            var length = Math.Min(AdaptiveCardLimits.TextBlockChars, text.Length - start);
            // Never split a surrogate pair (an emoji) across two blocks.
            if (start + length < text.Length && char.IsHighSurrogate(text[start + length - 1]))
            {
                length--;
            }

            yield return text.Substring(start, length);
            start += length;
        }
    }

    private static JsonObject Text(string text, CardMentions mentions) => new()
    {
        ["type"] = "TextBlock",
        ["text"] = mentions.Apply(AdaptiveCardText.Escape(text)),
        ["wrap"] = true,
    };

    private static JsonObject ListItem(JsonObject block)
    {
        block["spacing"] = "small";
        return block;
    }

    /// <summary>Every TextBlock text in <paramref name="element"/> and the containers in it.</summary>
    private static IEnumerable<string> Texts(JsonObject element) =>
        element["items"] is JsonArray items
            ? items.OfType<JsonObject>().SelectMany(Texts)
            : element["text"] is JsonValue text && text.TryGetValue<string>(out var value) ? [value] : [];

    private static JsonObject Heading(string heading, string? size, CardMentions? mentions = null)
    {
        var text = AdaptiveCardText.Escape(AdaptiveCardText.Truncate(heading.Trim(), AdaptiveCardLimits.HeadingChars));
        var block = new JsonObject
        {
            ["type"] = "TextBlock",
            ["text"] = mentions is null ? text : mentions.Apply(text),
            ["weight"] = "bolder",
            ["wrap"] = true,
        };
        if (size is not null)
        {
            block["size"] = size;
        }

        return block;
    }

    private static JsonObject More(int count) => new()
    {
        ["type"] = "TextBlock",
        ["text"] = string.Create(CultureInfo.InvariantCulture, $"_and {count} more_"),
        ["wrap"] = true,
        ["isSubtle"] = true,
    };

    private static int Bytes(JsonNode node) => Encoding.UTF8.GetByteCount(node.ToJsonString());
}
