using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace StatusBot.Http.Outbound;

/// <summary>
/// The callbacks of one client's retry pipeline: what is transient (network errors, attempt timeouts, and what the
/// platform's classifier says), how long to wait (<c>Retry-After</c>, else backoff), and what to log.
/// </summary>
internal sealed class TransportPolicy(OutboundTransportOptions options, ITransientClassifier classifier, TimeProvider time)
{
    public async ValueTask<bool> ShouldRetryAsync(RetryPredicateArguments<HttpResponseMessage> args)
    {
        var request = args.Context.GetRequestMessage();
        if (OutboundCall.Of(request) is null)
        {
            return false;
        }

        var error = args.Outcome switch
        {
            { Exception: HttpRequestException } => "network_error",
            { Exception: TimeoutRejectedException } => "timeout",
            { Result: { } response } => await classifier.TransientErrorAsync(response, args.Context.CancellationToken),
            _ => null, // cancelled by the caller, or a failure no retry mends
        };
        var attempts = args.AttemptNumber + 1;
        if (error is null)
        {
            TransientVerdict.Keep(request!, null);
            return false;
        }

        var delay = (args.Outcome.Result is { } answer ? RetryAfterHeader.Read(answer, time) : null) ?? Backoff.After(attempts, options);
        TransientVerdict.Keep(request!, new TransientVerdict(error, delay, attempts, (object?)args.Outcome.Result ?? args.Outcome.Exception));

        // A Retry-After beyond the cap fails at once, carrying the wait, so the caller reschedules.
        return attempts < options.MaxAttempts && delay <= options.MaxRetryDelay;
    }

    public static ValueTask<TimeSpan?> DelayAsync(RetryDelayGeneratorArguments<HttpResponseMessage> args) =>
        new(TransientVerdict.Of(args.Context.GetRequestMessage())?.Delay);

    public static ValueTask OnRetryAsync(OnRetryArguments<HttpResponseMessage> args)
    {
        var request = args.Context.GetRequestMessage();
        if (OutboundCall.Of(request) is { } call && TransientVerdict.Of(request) is { } verdict)
        {
            Log.Retrying(call.Logger, call.Service, call.Operation, verdict.Attempts, verdict.Error, args.RetryDelay);
        }

        return default;
    }

    public ValueTask OnTotalTimeoutAsync(OnTimeoutArguments args)
    {
        if (args.Context.GetRequestMessage() is { } request)
        {
            var attempts = (TransientVerdict.Of(request)?.Attempts ?? 0) + 1;
            TransientVerdict.Keep(request, new TransientVerdict("timeout", Backoff.After(attempts, options), attempts, null));
        }

        return default;
    }
}
