using System.Globalization;
using System.Text.Json.Nodes;
using StatusBot.Core.Chat;

namespace StatusBot.Slack.Rendering;

/// <summary>
/// Turns a platform-neutral <see cref="ChatMessage"/> into Block Kit within Slack's limits: mrkdwn sections
/// (headings in bold, long text split at 3,000 characters), each followed by the buttons that act on it, at most
/// 50 blocks (whole parts while they fit, the rest summed up in an "and N more" line), the message's inputs as
/// input blocks that dispatch nothing (their values come back with the click of one of its buttons), actions
/// blocks of at most 25 buttons, and always an escaped plain <c>text</c> fallback. All user text is escaped
/// with <see cref="SlackText.Escape(string, System.Collections.Generic.IReadOnlyList{string})"/>, which turns only the ids the message lists in <see cref="ChatMessage.Mentions"/> into mentions.
/// </summary>
public static class BlockKitRenderer
{
    /// <summary>The blocks and fallback text for <paramref name="message"/>.</summary>
    /// <exception cref="ArgumentException">A button's value or action id is longer than Slack accepts.</exception>
    public static SlackMessageContent Render(ChatMessage message) => Render(message, BlockKitLimits.BlocksPerMessage);

    /// <summary>The blocks and fallback text for <paramref name="message"/> in at most <paramref name="maxBlocks"/> blocks.</summary>
    internal static SlackMessageContent Render(ChatMessage message, int maxBlocks)
    {
        ArgumentNullException.ThrowIfNull(message);
        var text = SlackText.Truncate(SlackText.Escape(message.Text, message.Mentions), BlockKitLimits.MessageText);
        List<JsonObject> controls = [.. message.Inputs.Select(Input), .. ButtonBlocks.For(message.Buttons)];
        var blocks = new JsonArray();
        foreach (var block in Fit(Parts(message), maxBlocks - controls.Count).Concat(controls))
        {
            blocks.Add(block);
        }

        return new SlackMessageContent(text, blocks);
    }

    /// <summary>Each part of the message as the blocks it needs: its escaped sections, then its own buttons.</summary>
    private static List<List<JsonObject>> Parts(ChatMessage message)
    {
        if (message.Sections.Count == 0)
        {
            return [.. Chunks(SlackText.Escape(message.Text, message.Mentions)).Select(chunk => new List<JsonObject> { Section(chunk) })];
        }

        var parts = new List<List<JsonObject>>();
        var first = message.Sections[0];
        var lead = message.Text.Split('\n', 2)[0];
        // The text usually opens with a title that no section carries (a digest's); show it first.
        if (lead.Length > 0 && !message.Text.StartsWith(first.Heading ?? first.Body, StringComparison.Ordinal))
        {
            parts.Add([Section(Bold(lead))]);
        }

        foreach (var section in message.Sections)
        {
            var body = string.Join("\n", section.Items.Select(item => "• " + SlackText.Escape(item, message.Mentions)).Prepend(SlackText.Escape(section.Body, message.Mentions)).Where(l => l.Length > 0));
            var whole = section.Heading is null ? body : body.Length == 0 ? Bold(section.Heading) : Bold(section.Heading) + "\n" + body;
            List<JsonObject> part = [.. Chunks(whole).Select(Section), .. ButtonBlocks.For(section.Buttons)];
            if (part.Count > 0)
            {
                parts.Add(part);
            }
        }

        return parts;
    }

    /// <summary>Whole parts while they fit in <paramref name="room"/> blocks, then an "and N more" line.</summary>
    private static List<JsonObject> Fit(List<List<JsonObject>> parts, int room)
    {
        var all = parts.SelectMany(p => p).ToList();
        if (all.Count <= room)
        {
            return all;
        }

        var shown = new List<JsonObject>();
        var count = 0;
        while (count < parts.Count && shown.Count + parts[count].Count <= room - 1)
        {
            shown.AddRange(parts[count]);
            count++;
        }

        shown.Add(Section(string.Create(CultureInfo.InvariantCulture, $"_and {parts.Count - count} more_")));
        return shown;
    }

    private static List<string> Chunks(string escaped) =>
        escaped.Length == 0 ? [] : TextChunks.Split(escaped, BlockKitLimits.SectionText);

    private static string Bold(string heading) =>
        "*" + SlackText.Escape(SlackText.Truncate(heading.Trim(), BlockKitLimits.HeaderText)) + "*";

    /// <summary>
    /// An input in a message: with dispatch_action false, typing sends nothing; the value arrives in the
    /// <c>state.values</c> of the block_actions payload when one of the message's buttons is clicked.
    /// </summary>
    private static JsonObject Input(ChatInput input)
    {
        var block = InputBlocks.For(input);
        block["dispatch_action"] = false;
        return block;
    }

    private static JsonObject Section(string mrkdwn) => new()
    {
        ["type"] = "section",
        ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = mrkdwn },
    };
}
