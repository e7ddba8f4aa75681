using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using StatusBot.Teams.Inbound;

namespace StatusBot.Teams.Outbound;

/// <summary>
/// Calls the Bot Connector REST API (v3) at a conversation's service URL: create a 1:1 conversation, send,
/// reply, update. Refuses, without sending anything, service URLs that <see cref="ServiceUrlPolicy"/> does not
/// allow. The HttpClient carries the shared outbound transport: each conversation is paced on every attempt
/// (<see cref="TeamsConversationPacer"/>), and 429 (after <c>Retry-After</c>), 412, 502, 503, 504, network errors and
/// timeouts are retried a bounded number of times with exponential backoff and jitter (see
/// <see cref="TeamsOutboundOptions"/>), then the call throws <see cref="BotConnectorException"/>.
/// </summary>
public sealed partial class BotConnectorClient : ITeamsReplies
{
    private readonly HttpClient _http;
    private readonly IConnectorTokenSource _tokens;
    private readonly ServiceUrlPolicy _policy;
    private readonly ILogger<BotConnectorClient> _logger;

    /// <summary>Creates the client; the host registers it with <c>AddHttpClient</c> and the outbound transport.</summary>
    public BotConnectorClient(HttpClient http, IConnectorTokenSource tokens, ServiceUrlPolicy policy, ILogger<BotConnectorClient> logger)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(logger);
        (_http, _tokens, _policy, _logger) = (http, tokens, policy, logger);
    }

    /// <summary>POST /v3/conversations: the id of a 1:1 conversation between <paramref name="botId"/> and <paramref name="userId"/> (created, or the existing one).</summary>
    public async Task<string> CreateConversationAsync(Uri serviceUrl, string botId, string userId, string tenantId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(botId);
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        var request = new CreateConversationRequest(new(botId), [new(userId)], new(new(tenantId)), false, tenantId);
        var body = Json(request, ConnectorWireJsonContext.Default.CreateConversationRequest);
        var answer = await CallAsync("create conversation", HttpMethod.Post, Address(serviceUrl, "v3/conversations"), body, null, cancellationToken);
        return answer.Id ?? throw new BotConnectorException("create conversation", "missing_id");
    }

    /// <summary>
    /// POST /v3/conversations/{id}/activities: posts <paramref name="activity"/>; returns the new activity's id. Paced per
    /// conversation and, when <paramref name="tenantId"/> is given, per tenant (see <see cref="TeamsConversationPacer"/>).
    /// </summary>
    public async Task<string> SendAsync(Uri serviceUrl, string conversationId, JsonObject activity, string? tenantId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        var answer = await CallAsync("send", HttpMethod.Post, Activities(serviceUrl, conversationId, null), Json(activity), TeamsConversationPacer.PaceKey(tenantId, conversationId), cancellationToken);
        return answer.Id ?? throw new BotConnectorException("send", "missing_id");
    }

    /// <summary>POST /v3/conversations/{id}/activities/{replyToId}: replies in the thread of <paramref name="replyToId"/>.</summary>
    public async Task<string> ReplyAsync(Uri serviceUrl, string conversationId, string replyToId, JsonObject activity, string? tenantId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        ArgumentException.ThrowIfNullOrWhiteSpace(replyToId);
        var answer = await CallAsync("reply", HttpMethod.Post, Activities(serviceUrl, conversationId, replyToId), Json(activity), TeamsConversationPacer.PaceKey(tenantId, conversationId), cancellationToken);
        return answer.Id ?? throw new BotConnectorException("reply", "missing_id");
    }

    /// <summary>PUT /v3/conversations/{id}/activities/{activityId}: replaces a message the bot sent.</summary>
    public async Task UpdateAsync(Uri serviceUrl, string conversationId, string activityId, JsonObject activity, string? tenantId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        ArgumentException.ThrowIfNullOrWhiteSpace(activityId);
        await CallAsync("update", HttpMethod.Put, Activities(serviceUrl, conversationId, activityId), Json(activity), TeamsConversationPacer.PaceKey(tenantId, conversationId), cancellationToken);
    }

    private static Uri Activities(Uri serviceUrl, string conversationId, string? activityId) =>
        Address(serviceUrl, "v3/conversations/" + Uri.EscapeDataString(conversationId) + "/activities"
            + (activityId is null ? "" : "/" + Uri.EscapeDataString(activityId)));

    private static Uri Address(Uri serviceUrl, string path)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        if (!serviceUrl.IsAbsoluteUri)
        {
            throw new ArgumentException("The service URL must be absolute.", nameof(serviceUrl));
        }

        // Service URLs carry a region path (https://smba.trafficmanager.net/emea/): keep it.
        var text = serviceUrl.ToString();
        return new Uri(new Uri(text.EndsWith('/') ? text : text + "/"), path);
    }
}
