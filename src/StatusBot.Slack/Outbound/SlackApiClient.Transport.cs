using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using StatusBot.Http.Outbound;

namespace StatusBot.Slack.Outbound;

/// <summary>How every call goes out: through the shared outbound transport, then Slack's answer read.</summary>
public sealed partial class SlackApiClient
{
    private const string Service = "Slack";

    /// <summary>The error of an HTTP status outside Slack's answers: <c>http_503</c>.</summary>
    internal static string HttpError(int status) => "http_" + status.ToString(CultureInfo.InvariantCulture);

    private static ByteArrayContent Json<T>(T request, JsonTypeInfo<T> type) => OutboundJson.Content(request, type);

    private async Task<T> CallAsync<T>(string teamId, string method, HttpContent content, JsonTypeInfo<T> type, string? paceChannel, CancellationToken cancellationToken)
        where T : SlackResponse
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(teamId);
        using var body = content;
        var token = await _tokens.GetAsync(teamId, cancellationToken);
        if (string.IsNullOrWhiteSpace(token))
        {
            throw new SlackApiException(method, "not_authed");
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, method) { Content = body };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var call = new OutboundCall(Service, method, _logger) { PaceKey = paceChannel };
        using var response = await _http.SendOutboundAsync(request, call, gaveUp => new SlackApiException(method, gaveUp.Error, gaveUp.RetryAfter, gaveUp), cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new SlackApiException(method, HttpError((int)response.StatusCode));
        }

        T answer;
        try
        {
            answer = JsonSerializer.Deserialize(await response.Content.ReadAsByteArrayAsync(cancellationToken), type) ?? throw new SlackApiException(method, "empty_response");
        }
        catch (JsonException ex)
        {
            // Not retried: a 200 may mean the message went out, and a second post would repeat it.
            throw new SlackApiException(method, "invalid_response", null, ex);
        }

        if (answer.Ok)
        {
            return answer;
        }

        var error = answer.Error ?? "unknown_error";
        call.Refused(error);
        var refused = new SlackApiException(method, error);
        if (refused.IsTokenRevoked)
        {
            _tokens.Forget(teamId); // read (or refreshed) afresh next time
        }

        throw refused;
    }
}
