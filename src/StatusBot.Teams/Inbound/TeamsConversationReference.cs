using StatusBot.Core.Chat;

namespace StatusBot.Teams.Inbound;

/// <summary>
/// What the bot must keep to message a user or channel later (proactively): where the conversation lives
/// (<see cref="ServiceUrl"/>) and its ids. Saved when StatusBot is installed or first spoken to.
/// </summary>
/// <param name="Address">Whom it reaches: a user (<c>29:...</c>) or a channel (<c>19:...@thread.tacv2</c>) in workspace <c>teams-&lt;tenant&gt;</c>.</param>
/// <param name="ServiceUrl">The Bot Connector endpoint for this conversation.</param>
/// <param name="ConversationId">The conversation to post into; null for a user whose 1:1 chat is not known yet.</param>
/// <param name="ConversationType"><c>personal</c>, <c>groupChat</c> or <c>channel</c>.</param>
/// <param name="TenantId">The Microsoft 365 tenant.</param>
/// <param name="UserId">The user's id (<c>29:...</c>) for a user reference; null for a channel.</param>
/// <param name="UserAadObjectId">The user's Microsoft Entra object id, when known.</param>
/// <param name="BotId">The bot's id in the conversation (<c>28:&lt;app id&gt;</c>).</param>
public sealed record TeamsConversationReference(
    ChatAddress Address,
    Uri ServiceUrl,
    string? ConversationId,
    string ConversationType,
    string TenantId,
    string? UserId,
    string? UserAadObjectId,
    string BotId)
{
    /// <summary>The workspace of a Microsoft 365 tenant.</summary>
    /// <exception cref="ArgumentException"><paramref name="tenantId"/> is not a tenant id.</exception>
    public static WorkspaceId WorkspaceOf(string tenantId) => WorkspaceId.ForTeams(tenantId);

    /// <summary>
    /// The reference an activity gives: in a personal chat, to its sender; in a team channel, to the channel
    /// (<c>channelData.channel.id</c>, else the conversation); in a group chat, to the chat. Null when the
    /// activity lacks the tenant, the service URL or the ids needed.
    /// </summary>
    public static TeamsConversationReference? From(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var tenant = TeamsChannelData.Of(activity).TenantId;
        var conversation = activity.Conversation;
        if (!WorkspaceId.TryCreate(ChatPlatform.Teams, tenant, out var workspace) || conversation?.Id is not { Length: > 0 } conversationId
            || !Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl)
            || activity.Recipient?.Id is not { Length: > 0 } botId)
        {
            return null;
        }

        var type = conversation.ConversationType ?? "personal";
        if (type == "personal")
        {
            return activity.From?.Id is { Length: > 0 } userId
                ? new(ChatAddress.ToUser(workspace, userId), serviceUrl, conversationId, type, tenant, userId, activity.From.AadObjectId, botId)
                : null;
        }

        // A channel's thread id carries ";messageid=..." after the channel's own id.
        var channel = TeamsChannelData.Of(activity).ChannelId ?? conversationId.Split(';')[0];
        return new(ChatAddress.ToChannel(workspace, channel), serviceUrl, channel, type, tenant, null, null, botId);
    }

    /// <summary>A reference to <paramref name="member"/> of a team or chat, with no 1:1 conversation yet (one is created on first send).</summary>
    public static TeamsConversationReference ForMember(TeamsConversationReference where, ChannelAccount member)
    {
        ArgumentNullException.ThrowIfNull(where);
        ArgumentNullException.ThrowIfNull(member);
        ArgumentException.ThrowIfNullOrWhiteSpace(member.Id);
        return new(ChatAddress.ToUser(where.Address.Workspace, member.Id), where.ServiceUrl, null, "personal", where.TenantId, member.Id, member.AadObjectId, where.BotId);
    }
}
