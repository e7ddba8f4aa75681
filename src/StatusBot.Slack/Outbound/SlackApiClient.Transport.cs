using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace StatusBot.Slack.Outbound;

/// <summary>The retry loop shared by every call.</summary>
public sealed partial class SlackApiClient
{
    private static readonly MediaTypeHeaderValue JsonType = new("application/json") { CharSet = "utf-8" };

    private static Func<HttpContent> Json<T>(T request, JsonTypeInfo<T> type)
    {
        // Serialized once; each attempt sends a fresh content over the same bytes.
        var bytes = JsonSerializer.SerializeToUtf8Bytes(request, type);
        return () => new ByteArrayContent(bytes) { Headers = { ContentType = JsonType } };
    }

    private async Task<T> CallAsync<T>(string teamId, string method, Func<HttpContent> content, JsonTypeInfo<T> type, string? paceChannel, CancellationToken cancellationToken)
        where T : SlackResponse
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(teamId);
        var token = await _tokens.GetAsync(teamId, cancellationToken);
        if (string.IsNullOrWhiteSpace(token))
        {
            throw new SlackApiException(method, "not_authed");
        }

        for (var attempt = 1; ; attempt++)
        {
            if (paceChannel is not null)
            {
                await _pacer.WaitAsync(paceChannel, cancellationToken);
            }

            (T? Answer, SlackApiException? Failure) outcome;
            try
            {
                outcome = await AttemptAsync(method, content, type, token, attempt, cancellationToken);
            }
            catch (SlackApiException refused) when (refused.IsTokenRevoked)
            {
                _tokens.Forget(teamId); // read (or refreshed) afresh next time
                throw;
            }

            var (answer, failure) = outcome;
            if (answer is not null)
            {
                return answer;
            }

            var wait = failure!.RetryAfter ?? TimeSpan.Zero;
            if (attempt >= _outbound.MaxAttempts || wait > _outbound.MaxRetryDelay)
            {
                Log.GaveUp(_logger, method, attempt, failure.Error);
                throw failure;
            }

            Log.Retrying(_logger, method, attempt, failure.Error, wait);
            await Task.Delay(wait, _time, cancellationToken);
        }
    }

    /// <summary>One try: the answer, or a transient failure that carries how long to wait. Refusals throw.</summary>
    private async Task<(T? Answer, SlackApiException? Failure)> AttemptAsync<T>(string method, Func<HttpContent> content, JsonTypeInfo<T> type, string token, int attempt, CancellationToken cancellationToken)
        where T : SlackResponse
    {
        // A guard against a hung connection, not a scheduled wait: real time, like HttpClient.Timeout.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_outbound.AttemptTimeout);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, method) { Content = content() };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                return (null, new SlackApiException(method, "ratelimited", RetryAfter(response)));
            }

            var status = (int)response.StatusCode;
            if (status >= 500)
            {
                return (null, new SlackApiException(method, $"http_{status}", Backoff(attempt)));
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new SlackApiException(method, $"http_{status}");
            }

            var answer = await response.Content.ReadFromJsonAsync(type, timeout.Token) ?? throw new SlackApiException(method, "empty_response");
            if (!answer.Ok)
            {
                Log.Refused(_logger, method, answer.Error ?? "unknown_error");
                throw new SlackApiException(method, answer.Error ?? "unknown_error", answer.Error is "ratelimited" or "rate_limited" ? _outbound.PostMessageInterval : null);
            }

            return (answer, null);
        }
        catch (HttpRequestException ex)
        {
            return (null, new SlackApiException(method, "network_error", Backoff(attempt), ex));
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, new SlackApiException(method, "timeout", Backoff(attempt), ex));
        }
        catch (JsonException ex)
        {
            // Not retried: a 200 may mean the message went out, and a second post would repeat it.
            throw new SlackApiException(method, "invalid_response", null, ex);
        }
    }

    private TimeSpan RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        var wait = header?.Delta ?? (header?.Date is { } date ? date - _time.GetUtcNow() : TimeSpan.FromSeconds(1));
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
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
