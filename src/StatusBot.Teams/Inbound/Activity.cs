using System.Text.Json;

namespace StatusBot.Teams.Inbound;

/// <summary>
/// A Bot Framework activity as Teams posts it to the bot (the fields StatusBot reads; see PROTOCOLS.md).
/// Everything may be missing on the wire, so every member is nullable; <see cref="ActivityReader"/> checks
/// the few that every activity must carry.
/// </summary>
public sealed record Activity
{
    /// <summary>The kind: <c>message</c>, <c>invoke</c>, <c>conversationUpdate</c>, <c>installationUpdate</c>, ...</summary>
    public string? Type { get; init; }

    /// <summary>The activity's id, used as <c>replyToId</c> when answering it.</summary>
    public string? Id { get; init; }

    /// <summary>When the channel sent it (UTC).</summary>
    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>The sender's local time zone (IANA), when Teams tells.</summary>
    public string? LocalTimezone { get; init; }

    /// <summary>Where replies to this conversation go; must match the token's <c>serviceurl</c> claim.</summary>
    public string? ServiceUrl { get; init; }

    /// <summary>The channel: <c>msteams</c> (or <c>webchat</c>/<c>directline</c> locally).</summary>
    public string? ChannelId { get; init; }

    /// <summary>Who sent it (a user, <c>29:...</c>).</summary>
    public ChannelAccount? From { get; init; }

    /// <summary>Who receives it: the bot (<c>28:&lt;app id&gt;</c>).</summary>
    public ChannelAccount? Recipient { get; init; }

    /// <summary>The conversation it belongs to.</summary>
    public ConversationAccount? Conversation { get; init; }

    /// <summary>The activity this one answers, when it is a reply.</summary>
    public string? ReplyToId { get; init; }

    /// <summary>The message's text (may hold <c>&lt;at&gt;</c> mention markup in channels).</summary>
    public string? Text { get; init; }

    /// <summary>Attached cards or files.</summary>
    public IReadOnlyList<ActivityAttachment>? Attachments { get; init; }

    /// <summary>Mentions, client info (with the <c>timezone</c>) and other entities, unparsed.</summary>
    public JsonElement? Entities { get; init; }

    /// <summary>Teams' own data: <c>tenant.id</c>, <c>team</c>, <c>channel</c>, unparsed (see <see cref="TeamsChannelData"/>).</summary>
    public JsonElement? ChannelData { get; init; }

    /// <summary>An Action.Submit's data or an invoke's payload, unparsed.</summary>
    public JsonElement? Value { get; init; }

    /// <summary>An invoke's name, such as <c>adaptiveCard/action</c>.</summary>
    public string? Name { get; init; }

    /// <summary>Members that joined (a <c>conversationUpdate</c>); the bot among them means it was installed.</summary>
    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }

    /// <summary>Members that left (a <c>conversationUpdate</c>).</summary>
    public IReadOnlyList<ChannelAccount>? MembersRemoved { get; init; }

    /// <summary>For an <c>installationUpdate</c>: <c>add</c> or <c>remove</c> (Teams may add <c>-upgrade</c>).</summary>
    public string? Action { get; init; }
}

/// <summary>A user or bot in a conversation.</summary>
/// <param name="Id">The channel's id for it (<c>29:...</c> user, <c>28:...</c> bot).</param>
/// <param name="Name">The display name.</param>
/// <param name="AadObjectId">The Microsoft Entra object id of a user.</param>
public sealed record ChannelAccount(string? Id, string? Name = null, string? AadObjectId = null);

/// <summary>A conversation: a personal chat, group chat or channel.</summary>
/// <param name="Id">Its id (<c>a:...</c> personal, <c>19:...</c> group chat or channel thread).</param>
/// <param name="ConversationType"><c>personal</c>, <c>groupChat</c> or <c>channel</c>.</param>
/// <param name="TenantId">The Microsoft 365 tenant.</param>
/// <param name="IsGroup">True for group chats and channels.</param>
public sealed record ConversationAccount(string? Id, string? ConversationType = null, string? TenantId = null, bool? IsGroup = null);

/// <summary>An attachment, such as an Adaptive Card.</summary>
/// <param name="ContentType">For a card, <c>application/vnd.microsoft.card.adaptive</c>.</param>
/// <param name="Content">The card or file, unparsed.</param>
/// <param name="ContentUrl">Where a file can be fetched.</param>
/// <param name="Name">A file's name.</param>
public sealed record ActivityAttachment(string? ContentType, JsonElement? Content = null, string? ContentUrl = null, string? Name = null);
