using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace StatusBot.Teams.Outbound;

/// <summary>The retry loop shared by every call.</summary>
public sealed partial class BotConnectorClient
{
    private static readonly MediaTypeHeaderValue JsonType = new("application/json") { CharSet = "utf-8" };

    private static Func<HttpContent> Json(JsonObject activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return Json(activity, ConnectorWireJsonContext.Default.JsonObject);
    }

    private static Func<HttpContent> Json<T>(T request, JsonTypeInfo<T> type)
    {
        // Serialized once; each attempt sends a fresh content over the same bytes.
        var bytes = JsonSerializer.SerializeToUtf8Bytes(request, type);
        return () => new ByteArrayContent(bytes) { Headers = { ContentType = JsonType } };
    }

    private async Task<ResourceResponse> CallAsync(string operation, HttpMethod method, Uri address, Func<HttpContent> content, string? paceConversation, CancellationToken cancellationToken)
    {
        if (!_policy.Allows(address))
        {
            // Checked before any token is asked for: a forged serviceUrl must not receive one.
            Log.HostNotAllowed(_logger, address.Host);
            throw new BotConnectorException(operation, "host_not_allowed: " + address.Host + " is not in Teams:AllowedServiceUrlHosts");
        }

        for (var attempt = 1; ; attempt++)
        {
            if (paceConversation is not null)
            {
                await _pacer.WaitAsync(paceConversation, cancellationToken);
            }

            var token = await _tokens.GetTokenAsync(address, cancellationToken);
            var (answer, failure) = await AttemptAsync(operation, method, address, content, token, attempt, cancellationToken);
            if (answer is not null)
            {
                return answer;
            }

            var wait = failure!.RetryAfter ?? TimeSpan.Zero;
            if (attempt >= _outbound.MaxAttempts || wait > _outbound.MaxRetryDelay)
            {
                Log.GaveUp(_logger, operation, attempt, failure.Error);
                throw failure;
            }

            Log.Retrying(_logger, operation, attempt, failure.Error, wait);
            await Task.Delay(wait, _time, cancellationToken);
        }
    }

    /// <summary>One try: the answer, or a transient failure that carries how long to wait. Refusals throw.</summary>
    private async Task<(ResourceResponse? Answer, BotConnectorException? Failure)> AttemptAsync(
        string operation, HttpMethod method, Uri address, Func<HttpContent> content, string? token, int attempt, CancellationToken cancellationToken)
    {
        // A guard against a hung connection, not a scheduled wait: real time, like HttpClient.Timeout.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_outbound.AttemptTimeout);
        try
        {
            using var request = new HttpRequestMessage(method, address) { Content = content() };
            if (token is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var status = (int)response.StatusCode;
            var body = await response.Content.ReadAsStringAsync(timeout.Token);
            if (response.IsSuccessStatusCode)
            {
                return (body.Trim().Length == 0 ? new ResourceResponse(null) : JsonSerializer.Deserialize(body, ConnectorWireJsonContext.Default.ResourceResponse) ?? new ResourceResponse(null), null);
            }

            var error = "http_" + status.ToString(CultureInfo.InvariantCulture) + ErrorCode(body);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                return (null, new BotConnectorException(operation, error, RetryAfter(response) ?? Backoff(attempt)));
            }

            if (status is 412 or 502 or 503 or 504)
            {
                return (null, new BotConnectorException(operation, error, Backoff(attempt)));
            }

            // 413 (too large), 4xx and 500 are not retried: the same request would fail again, or may have been taken.
            Log.ConnectorRefused(_logger, operation, error);
            throw new BotConnectorException(operation, status == 413 ? "too_large: the message is over Teams' size limit (" + error + ")" : error);
        }
        catch (HttpRequestException ex)
        {
            return (null, new BotConnectorException(operation, "network_error", Backoff(attempt), ex));
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, new BotConnectorException(operation, "timeout", Backoff(attempt), ex));
        }
        catch (JsonException ex)
        {
            // Not retried: a 2xx means the message went out, and a second post would repeat it.
            throw new BotConnectorException(operation, "invalid_response", null, ex);
        }
    }

    /// <summary>The Bot Connector's error code, as <c> (Code)</c>, when the body carries one.</summary>
    private static string ErrorCode(string body)
    {
        try
        {
            return JsonNode.Parse(body)?["error"]?["code"]?.GetValue<string>() is { Length: > 0 } code ? " (" + code + ")" : "";
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
        {
            return "";
        }
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        var wait = header?.Delta ?? (header?.Date is { } date ? date - _time.GetUtcNow() : null);
        return wait is null ? null : wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
    }

    /// <summary>Exponential backoff with "equal jitter": half the step fixed, half random, so retries spread out.</summary>
    private TimeSpan Backoff(int attempt)
    {
        var step = _outbound.BaseRetryDelay * Math.Pow(2, Math.Min(attempt - 1, 16));
        var capped = step > _outbound.MaxRetryDelay ? _outbound.MaxRetryDelay : step;
#pragma warning disable CA5394 // Jitter needs no cryptographic randomness.
        return capped / 2 + capped / 2 * Random.Shared.NextDouble();
#pragma warning restore CA5394
    }
}
