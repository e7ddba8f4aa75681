using Polly.Timeout;

namespace StatusBot.Http.Outbound;

/// <summary>Sends a call through a client that has the outbound transport (<see cref="OutboundTransportExtensions.AddOutboundTransport"/>).</summary>
public static class OutboundTransport
{
    /// <summary>
    /// Sends <paramref name="request"/> as <paramref name="call"/>: paced, retried and timed by the transport. Returns the
    /// answer to keep (a success, or a refusal for the caller to read). When transient failures outlasted the attempts,
    /// the total time or the longest wait allowed, throws what <paramref name="gaveUp"/> makes of the
    /// <see cref="OutboundGaveUpException"/> (the platform's own exception, with it as the inner one).
    /// </summary>
    public static async Task<HttpResponseMessage> SendOutboundAsync(this HttpClient http, HttpRequestMessage request, OutboundCall call, Func<OutboundGaveUpException, Exception> gaveUp, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(gaveUp);
        try
        {
            return await SendOutboundAsync(http, request, call, cancellationToken);
        }
        catch (OutboundGaveUpException failure)
        {
            throw gaveUp(failure);
        }
    }

    /// <summary>
    /// Sends <paramref name="request"/> as <paramref name="call"/>: paced, retried and timed by the transport. Returns the
    /// answer to keep (a success, or a refusal for the caller to read).
    /// </summary>
    /// <exception cref="OutboundGaveUpException">Transient failures outlasted the attempts, the total time, or the longest wait allowed.</exception>
    public static async Task<HttpResponseMessage> SendOutboundAsync(this HttpClient http, HttpRequestMessage request, OutboundCall call, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(call);
        request.Options.Set(OutboundCall.Key, call);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException && !cancellationToken.IsCancellationRequested)
        {
            // Without a verdict the client has no transport (a test's bare HttpClient): the failure still reads the same.
            var verdict = TransientVerdict.Of(request) ?? new(ex is HttpRequestException ? "network_error" : "timeout", TimeSpan.Zero, 1, ex);
            throw GaveUp(call, verdict, ex);
        }

        if (TransientVerdict.Of(request) is { } last && ReferenceEquals(last.Subject, response))
        {
            response.Dispose();
            throw GaveUp(call, last, null);
        }

        return response;
    }

    private static OutboundGaveUpException GaveUp(OutboundCall call, TransientVerdict verdict, Exception? exception)
    {
        Log.GaveUp(call.Logger, call.Service, call.Operation, verdict.Attempts, verdict.Error);
        return new OutboundGaveUpException(verdict.Error, verdict.Delay, verdict.Attempts, exception);
    }
}
