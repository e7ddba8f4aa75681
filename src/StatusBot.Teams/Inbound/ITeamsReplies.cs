using System.Text.Json.Nodes;

namespace StatusBot.Teams.Inbound;

/// <summary>
/// How the activity handler speaks in the conversation an activity came from. The Bot Connector client (Outbound)
/// provides it, so what arrives does not depend on how things are sent. The tenant paces calls across its conversations.
/// </summary>
public interface ITeamsReplies
{
    /// <summary>Posts <paramref name="activity"/> into the conversation; returns the new activity's id.</summary>
    Task<string> SendAsync(Uri serviceUrl, string conversationId, JsonObject activity, string? tenantId, CancellationToken cancellationToken = default);

    /// <summary>Posts <paramref name="activity"/> in the thread of <paramref name="replyToId"/>; returns the new activity's id.</summary>
    Task<string> ReplyAsync(Uri serviceUrl, string conversationId, string replyToId, JsonObject activity, string? tenantId, CancellationToken cancellationToken = default);

    /// <summary>Replaces the bot's activity <paramref name="activityId"/> with <paramref name="activity"/>.</summary>
    Task UpdateAsync(Uri serviceUrl, string conversationId, string activityId, JsonObject activity, string? tenantId, CancellationToken cancellationToken = default);
}
