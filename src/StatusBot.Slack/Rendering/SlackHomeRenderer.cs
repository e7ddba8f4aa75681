using System.Text.Json.Nodes;
using StatusBot.Core.Chat;

namespace StatusBot.Slack.Rendering;

/// <summary>
/// Turns Core's messages into an App Home view: each message rendered as in a message (a commitment's
/// buttons right under it), all within the home tab's 100 blocks, a long list ending in "and N more".
/// </summary>
public static class SlackHomeRenderer
{
    /// <summary>The home view (for views.publish) that shows <paramref name="messages"/> in order.</summary>
    public static JsonObject View(IReadOnlyList<ChatMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var blocks = new JsonArray();
        foreach (var message in messages)
        {
            var room = BlockKitLimits.BlocksPerView - blocks.Count;
            foreach (var block in BlockKitRenderer.Render(message, room).Blocks.Take(room))
            {
                blocks.Add(block!.DeepClone());
            }
        }

        return new JsonObject { ["type"] = "home", ["blocks"] = blocks };
    }
}
