using System.Text.Json.Nodes;
using StatusBot.Core.Chat;

namespace StatusBot.Slack.Rendering;

/// <summary>Renders buttons as actions blocks of at most 25 buttons each.</summary>
internal static class ButtonBlocks
{
    /// <summary>The actions blocks for <paramref name="buttons"/>; none when there are no buttons.</summary>
    public static List<JsonObject> For(IReadOnlyList<ChatButton> buttons)
    {
        var blocks = new List<JsonObject>();
        if (buttons.Count > (BlockKitLimits.BlocksPerMessage / 2) * BlockKitLimits.ActionsElements)
        {
            throw new ArgumentException($"A message can carry at most {(BlockKitLimits.BlocksPerMessage / 2) * BlockKitLimits.ActionsElements} buttons; got {buttons.Count}.", nameof(buttons));
        }

        var repeated = buttons.GroupBy(b => b.ActionId, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        for (var start = 0; start < buttons.Count; start += BlockKitLimits.ActionsElements)
        {
            var elements = new JsonArray();
            for (var i = start; i < Math.Min(buttons.Count, start + BlockKitLimits.ActionsElements); i++)
            {
                elements.Add(Button(buttons[i], SlackActionId.ToSlack(buttons[i].ActionId, i, repeated.Contains(buttons[i].ActionId))));
            }

            blocks.Add(new JsonObject { ["type"] = "actions", ["elements"] = elements });
        }

        return blocks;
    }

    private static JsonObject Button(ChatButton button, string actionId)
    {
        if (actionId.Length > BlockKitLimits.ActionId)
        {
            throw new ArgumentException($"Button action id '{button.ActionId}' is longer than Slack's {BlockKitLimits.ActionId} characters.", nameof(button));
        }

        if (button.Value.Length > BlockKitLimits.ButtonValue)
        {
            throw new ArgumentException($"Button '{button.ActionId}' carries {button.Value.Length} characters; Slack takes at most {BlockKitLimits.ButtonValue}.", nameof(button));
        }

        // plain_text is never parsed for mentions or links, so the label is shown as written.
        var element = new JsonObject
        {
            ["type"] = "button",
            ["action_id"] = actionId,
            ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = SlackText.Truncate(button.Label, BlockKitLimits.ButtonText), ["emoji"] = true },
        };
        if (button.Value.Length > 0)
        {
            element["value"] = button.Value;
        }

        if (button.Style != ButtonStyle.Default)
        {
            element["style"] = button.Style == ButtonStyle.Primary ? "primary" : "danger";
        }

        return element;
    }
}
