using System.Net;
using System.Text.Json;
using StatusBot.Http.Outbound;

namespace StatusBot.Slack.Outbound;

/// <summary>
/// Slack's transient answers: HTTP 429 (<c>ratelimited</c>), 5xx, and an HTTP 200 <c>ok:false</c> with
/// <c>ratelimited</c>, <c>internal_error</c>, <c>fatal_error</c> or <c>request_timeout</c>. The body is read only for a
/// 200. An <c>ok:true</c> is never retried, and neither is a 200 that cannot be parsed: the post may have gone out.
/// </summary>
internal sealed class SlackTransientClassifier : ITransientClassifier
{
    public async ValueTask<string?> TransientErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(response);
        var status = (int)response.StatusCode;
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            return "ratelimited";
        }

        if (status >= 500)
        {
            return SlackApiClient.HttpError(status);
        }

        if (response.StatusCode != HttpStatusCode.OK)
        {
            return null;
        }

        try
        {
            // From the buffer, not a stream: the client reads the same body after.
            var answer = JsonSerializer.Deserialize(await response.Content.ReadAsByteArrayAsync(cancellationToken), SlackWireJsonContext.Default.SlackResponse);
            return answer is { Ok: false, Error: "ratelimited" or "rate_limited" or "internal_error" or "fatal_error" or "request_timeout" } ? answer.Error : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
