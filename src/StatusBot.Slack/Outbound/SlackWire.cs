using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace StatusBot.Slack.Outbound;

/// <summary>The fields every Web API answer carries.</summary>
internal class SlackResponse
{
    public bool Ok { get; init; }

    public string? Error { get; init; }
}

internal sealed class PostMessageResponse : SlackResponse
{
    public string? Channel { get; init; }

    public string? Ts { get; init; }
}

internal sealed class ConversationsHistoryResponse : SlackResponse
{
    public IReadOnlyList<SlackHistoryMessageWire>? Messages { get; init; }
}

internal sealed class ConversationsOpenResponse : SlackResponse
{
    public SlackChannelRef? Channel { get; init; }
}

internal sealed class UsersInfoResponse : SlackResponse
{
    public SlackUserWire? User { get; init; }
}

internal sealed class ConversationsInfoResponse : SlackResponse
{
    public SlackConversationWire? Channel { get; init; }
}

internal sealed class ViewResponse : SlackResponse
{
    public SlackViewWire? View { get; init; }
}

internal sealed class OAuthAccessResponse : SlackResponse
{
    public string? AccessToken { get; init; }

    public string? TokenType { get; init; }

    public string? Scope { get; init; }

    public string? BotUserId { get; init; }

    public string? AppId { get; init; }

    public string? RefreshToken { get; init; }

    public int? ExpiresIn { get; init; }

    public SlackNamedRef? Team { get; init; }

    public SlackNamedRef? Enterprise { get; init; }

    public bool? IsEnterpriseInstall { get; init; }

    public SlackNamedRef? AuthedUser { get; init; }
}

internal sealed class UploadUrlResponse : SlackResponse
{
    public string? UploadUrl { get; init; }

    public string? FileId { get; init; }
}

internal sealed record SlackNamedRef(string? Id, string? Name);

internal sealed record SlackChannelRef(string Id);

internal sealed record SlackUserWire(
    string Id, string? Name, string? RealName, string? Tz, int? TzOffset, bool? IsAdmin = null, bool? IsOwner = null,
    SlackProfileWire? Profile = null, bool? Deleted = null, bool? IsBot = null);

/// <summary>A user's profile; <c>email</c> only with the <c>users:read.email</c> scope; <c>title</c> their role, when set.</summary>
internal sealed record SlackProfileWire(string? RealName, string? DisplayName, string? Email, string? Title = null);

/// <summary>A conversation as conversations.info describes it; <c>is_member</c> says whether the bot is in it.</summary>
internal sealed record SlackConversationWire(string Id, string? Name, bool? IsArchived, bool? IsMember, bool? IsIm, bool? IsMpim);

internal sealed record SlackViewWire(string Id, string? Hash);

internal sealed record PostMessageRequest(string Channel, string Text, JsonArray? Blocks, string? ThreadTs, SlackMetadataWire? Metadata = null);

/// <summary>Message metadata: StatusBot's delivery key rides with each message, so a message can be found again by it.</summary>
internal sealed record SlackMetadataWire(string EventType, JsonObject EventPayload);

internal sealed record SlackHistoryMessageWire(string? Ts, SlackMetadataWire? Metadata);

internal sealed record UpdateMessageRequest(string Channel, string Ts, string Text, JsonArray? Blocks);

internal sealed record ConversationsOpenRequest(string Users);

internal sealed record ViewsOpenRequest(string TriggerId, JsonObject View);

internal sealed record ViewsUpdateRequest(string ViewId, string? Hash, JsonObject View);

internal sealed record ViewsPublishRequest(string UserId, JsonObject View);

/// <summary>files.completeUploadExternal: the uploaded files (id and title) and where to share them.</summary>
internal sealed record CompleteUploadRequest(IReadOnlyList<SlackFileRef> Files, string ChannelId, string? InitialComment);

internal sealed record SlackFileRef(string Id, string? Title);

internal sealed record ResponseUrlRequest(string ResponseType, string Text, JsonArray? Blocks, bool ReplaceOriginal);

/// <summary>Source-generated JSON for the Web API's wire types (snake_case, nulls left out).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SlackResponse))]
[JsonSerializable(typeof(PostMessageResponse))]
[JsonSerializable(typeof(ConversationsOpenResponse))]
[JsonSerializable(typeof(ConversationsHistoryResponse))]
[JsonSerializable(typeof(UsersInfoResponse))]
[JsonSerializable(typeof(ConversationsInfoResponse))]
[JsonSerializable(typeof(ViewResponse))]
[JsonSerializable(typeof(OAuthAccessResponse))]
[JsonSerializable(typeof(PostMessageRequest))]
[JsonSerializable(typeof(UpdateMessageRequest))]
[JsonSerializable(typeof(ConversationsOpenRequest))]
[JsonSerializable(typeof(ViewsOpenRequest))]
[JsonSerializable(typeof(ViewsUpdateRequest))]
[JsonSerializable(typeof(ViewsPublishRequest))]
[JsonSerializable(typeof(ResponseUrlRequest))]
[JsonSerializable(typeof(UploadUrlResponse))]
[JsonSerializable(typeof(CompleteUploadRequest))]
internal sealed partial class SlackWireJsonContext : JsonSerializerContext;
