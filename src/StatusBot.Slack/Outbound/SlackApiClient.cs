using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;

namespace StatusBot.Slack.Outbound;

/// <summary>
/// Calls Slack's Web API (a typed <see cref="HttpClient"/> whose base address is <c>Slack:ApiBaseUrl</c>) with the
/// workspace's bot token (from <see cref="ISlackTokenSource"/>) as a bearer header and JSON bodies. <c>ok:false</c> answers become a <see cref="SlackApiException"/>
/// with Slack's code. The HttpClient carries the shared outbound transport: transient failures (see
/// <see cref="SlackTransientClassifier"/>) are retried a bounded number of times (see <see cref="SlackOutboundOptions"/>),
/// and chat.postMessage is paced per channel (<see cref="SlackChannelPacer"/>) on every attempt.
/// </summary>
public sealed partial class SlackApiClient
{
    private readonly HttpClient _http;
    private readonly ISlackTokenSource _tokens;
    private readonly ILogger<SlackApiClient> _logger;

    /// <summary>Creates the client; the host registers it with <c>AddHttpClient</c> and the outbound transport.</summary>
    public SlackApiClient(HttpClient http, ISlackTokenSource tokens, ILogger<SlackApiClient> logger)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(logger);
        (_http, _tokens, _logger) = (http, tokens, logger);
    }

    // Every call names the workspace (team id) whose bot token it uses.

    /// <summary>chat.postMessage: posts to a channel (or a user id's DM), in a thread when <paramref name="threadTs"/> is set.</summary>
    /// <remarks>With <paramref name="deliveryKey"/>, the message carries it as metadata, for <see cref="FindByDeliveryKeyAsync"/>.</remarks>
    public async Task<SlackPostedMessage> PostMessageAsync(
        string teamId, string channel, string text, JsonArray? blocks, string? threadTs = null, string? deliveryKey = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channel);
        ArgumentNullException.ThrowIfNull(text);
        var metadata = deliveryKey is null ? null : new SlackMetadataWire(DeliveryEventType, new JsonObject { ["key"] = deliveryKey });
        var body = Json(new PostMessageRequest(channel, text, blocks, threadTs, metadata), SlackWireJsonContext.Default.PostMessageRequest);
        var answer = await CallAsync(teamId, "chat.postMessage", body, SlackWireJsonContext.Default.PostMessageResponse, channel, cancellationToken);
        return new SlackPostedMessage(answer.Channel ?? channel, answer.Ts ?? throw Missing("chat.postMessage", "ts"));
    }

    /// <summary>The metadata event type of StatusBot's messages.</summary>
    internal const string DeliveryEventType = "statusbot_delivery";

    /// <summary>
    /// conversations.history: the ts of the message among the channel's last <paramref name="recent"/> that carries
    /// <paramref name="deliveryKey"/> (see <see cref="PostMessageAsync"/>), or null. Needs a history scope for the channel.
    /// </summary>
    public async Task<string?> FindByDeliveryKeyAsync(string teamId, string channel, string deliveryKey, int recent = 100, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channel);
        ArgumentException.ThrowIfNullOrWhiteSpace(deliveryKey);
        var form = new FormUrlEncodedContent(
            [new("channel", channel), new("limit", recent.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("include_all_metadata", "true")]);
        var answer = await CallAsync(teamId, "conversations.history", form, SlackWireJsonContext.Default.ConversationsHistoryResponse, null, cancellationToken);
        return answer.Messages?.FirstOrDefault(m => m.Metadata is { EventType: DeliveryEventType } metadata
            && metadata.EventPayload["key"] is JsonValue key && key.TryGetValue<string>(out var found) && found == deliveryKey)?.Ts;
    }

    /// <summary>chat.update: replaces the message <paramref name="ts"/> in <paramref name="channel"/>.</summary>
    public async Task UpdateMessageAsync(string teamId, string channel, string ts, string text, JsonArray? blocks, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channel);
        ArgumentException.ThrowIfNullOrWhiteSpace(ts);
        ArgumentNullException.ThrowIfNull(text);
        var body = Json(new UpdateMessageRequest(channel, ts, text, blocks), SlackWireJsonContext.Default.UpdateMessageRequest);
        await CallAsync(teamId, "chat.update", body, SlackWireJsonContext.Default.SlackResponse, null, cancellationToken);
    }

    /// <summary>conversations.open: the id of the bot's DM channel with <paramref name="userId"/>.</summary>
    public async Task<string> OpenConversationAsync(string teamId, string userId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        var body = Json(new ConversationsOpenRequest(userId), SlackWireJsonContext.Default.ConversationsOpenRequest);
        var answer = await CallAsync(teamId, "conversations.open", body, SlackWireJsonContext.Default.ConversationsOpenResponse, null, cancellationToken);
        return answer.Channel?.Id ?? throw Missing("conversations.open", "channel.id");
    }

    /// <summary>users.info: the user's name, IANA time zone, email and title. Sent form-encoded: Slack's read methods take no JSON.</summary>
    public async Task<SlackUserInfo> UsersInfoAsync(string teamId, string userId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        var answer = await CallAsync(teamId, "users.info", new FormUrlEncodedContent([new("user", userId)]), SlackWireJsonContext.Default.UsersInfoResponse, null, cancellationToken);
        var user = answer.User ?? throw Missing("users.info", "user");
        return new SlackUserInfo(
            user.Id, user.Name ?? user.Id, user.Profile?.RealName is { Length: > 0 } real ? real : user.RealName, user.Tz, user.TzOffset,
            user.IsAdmin == true || user.IsOwner == true, user.Profile?.Email is { Length: > 0 } email ? email : null, user.Deleted == true, user.IsBot == true,
            user.Profile?.Title is { Length: > 0 } title ? title : null);
    }

    /// <summary>views.open: opens a modal; <paramref name="triggerId"/> is good for about 3 s after the click.</summary>
    public Task<SlackViewInfo> ViewsOpenAsync(string teamId, string triggerId, JsonObject view, CancellationToken cancellationToken = default) =>
        ViewAsync(teamId, "views.open", triggerId, view, cancellationToken);

    /// <summary>views.update: replaces view <paramref name="viewId"/>; with <paramref name="hash"/>, only if nobody changed it since.</summary>
    public async Task<SlackViewInfo> ViewsUpdateAsync(string teamId, string viewId, string? hash, JsonObject view, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(viewId);
        ArgumentNullException.ThrowIfNull(view);
        var body = Json(new ViewsUpdateRequest(viewId, hash, view), SlackWireJsonContext.Default.ViewsUpdateRequest);
        return ViewInfo("views.update", await CallAsync(teamId, "views.update", body, SlackWireJsonContext.Default.ViewResponse, null, cancellationToken));
    }

    private async Task<SlackViewInfo> ViewAsync(string teamId, string method, string triggerId, JsonObject view, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(triggerId);
        ArgumentNullException.ThrowIfNull(view);
        var body = Json(new ViewsOpenRequest(triggerId, view), SlackWireJsonContext.Default.ViewsOpenRequest);
        return ViewInfo(method, await CallAsync(teamId, method, body, SlackWireJsonContext.Default.ViewResponse, null, cancellationToken));
    }

    private static SlackViewInfo ViewInfo(string method, ViewResponse answer) =>
        answer.View is { } v ? new SlackViewInfo(v.Id, v.Hash) : throw Missing(method, "view");

    private static SlackApiException Missing(string method, string field) => new(method, "missing_" + field.Replace('.', '_'));
}
