using System.Text.Json.Nodes;

namespace StatusBot.Slack.Rendering;

/// <summary>What goes into chat.postMessage or chat.update for one message.</summary>
/// <param name="Text">The escaped plain fallback, shown in notifications and read by screen readers.</param>
/// <param name="Blocks">The Block Kit blocks.</param>
public sealed record SlackMessageContent(string Text, JsonArray Blocks);
