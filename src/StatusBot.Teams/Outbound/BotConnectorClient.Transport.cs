using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using StatusBot.Http.Outbound;

namespace StatusBot.Teams.Outbound;

/// <summary>How every call goes out: through the shared outbound transport, then the Bot Connector's answer read.</summary>
public sealed partial class BotConnectorClient
{
    private const string Service = "Bot Connector";

    private static ByteArrayContent Json(JsonObject activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return OutboundJson.Content(activity, ConnectorWireJsonContext.Default.JsonObject);
    }

    private static ByteArrayContent Json<T>(T request, JsonTypeInfo<T> type) => OutboundJson.Content(request, type);

    private async Task<ResourceResponse> CallAsync(string operation, HttpMethod method, Uri address, HttpContent content, string? paceConversation, CancellationToken cancellationToken)
    {
        using var body = content;
        if (!_policy.Allows(address))
        {
            // Checked before any token is asked for: a forged serviceUrl must not receive one.
            Log.HostNotAllowed(_logger, address.Host);
            throw new BotConnectorException(operation, "host_not_allowed: " + address.Host + " is not in Teams:AllowedServiceUrlHosts");
        }

        // Once per call, not per attempt: a token is good for RenewBefore (5 min) more, and TotalTimeout is at most that.
        var token = await _tokens.GetTokenAsync(address, cancellationToken);
        using var request = new HttpRequestMessage(method, address) { Content = body };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        var call = new OutboundCall(Service, operation, _logger) { PaceKey = paceConversation };
        using var response = await _http.SendOutboundAsync(request, call, gaveUp => new BotConnectorException(operation, gaveUp.Error, gaveUp.RetryAfter, gaveUp), cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            var answer = await response.Content.ReadAsStringAsync(cancellationToken);
            try
            {
                return answer.Trim().Length == 0 ? new ResourceResponse(null) : JsonSerializer.Deserialize(answer, ConnectorWireJsonContext.Default.ResourceResponse) ?? new ResourceResponse(null);
            }
            catch (JsonException ex)
            {
                // Not retried: a 2xx means the message went out, and a second post would repeat it.
                throw new BotConnectorException(operation, "invalid_response", null, ex);
            }
        }

        // 413 (too large), other 4xx and 500 are not retried: the same request would fail again, or may have been taken.
        var error = await ConnectorError.DescribeAsync(response, cancellationToken);
        call.Refused(error);
        throw new BotConnectorException(operation, (int)response.StatusCode == 413 ? "too_large: the message is over Teams' size limit (" + error + ")" : error);
    }
}
