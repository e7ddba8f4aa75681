using StatusBot.Http.Pacing;

namespace StatusBot.Http.Outbound;

/// <summary>
/// Waits for a <see cref="Pacer"/>'s slot before each attempt whose <see cref="OutboundCall.PaceKey"/> is set. The
/// handler is rebuilt with each HttpClient handler chain; the pacer, with its state, outlives it (a singleton).
/// </summary>
public sealed class PacingHandler(Pacer pacer) : DelegatingHandler
{
    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (OutboundCall.Of(request)?.PaceKey is { } key)
        {
            await pacer.WaitAsync(key, cancellationToken);
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
