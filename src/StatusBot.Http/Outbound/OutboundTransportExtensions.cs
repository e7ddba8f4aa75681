using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using Polly.Timeout;
using StatusBot.Http.Pacing;

namespace StatusBot.Http.Outbound;

/// <summary>Puts the outbound transport into a typed or named HttpClient's handler pipeline.</summary>
public static class OutboundTransportExtensions
{
    /// <summary>
    /// Adds, outermost first: the total timeout and the retries (one <c>AddResilienceHandler</c>), the pacer (when given),
    /// the attempt timeout (a second <c>AddResilienceHandler</c>, so that pacing waits do not eat into an attempt's time),
    /// and a handler that reads each answer's body within the attempt. Every attempt is paced. Retry waits, pacing and
    /// the total timeout run on the <see cref="TimeProvider"/> in the container; the attempt timeout on real time. Options come from
    /// <typeparamref name="TOptions"/>; <paramref name="classifier"/> says which answers are transient.
    /// </summary>
    public static IHttpClientBuilder AddOutboundTransport<TOptions>(this IHttpClientBuilder builder, Func<IServiceProvider, ITransientClassifier> classifier, Func<IServiceProvider, Pacer>? pacer = null)
        where TOptions : OutboundTransportOptions
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(classifier);

        // HttpClient's own 100 s timeout would cut across the retries; TotalTimeout bounds the call instead.
        builder.ConfigureHttpClient(http => http.Timeout = Timeout.InfiniteTimeSpan);
        builder.AddResilienceHandler("retries", (pipeline, context) =>
        {
            var services = context.ServiceProvider;
            var options = services.GetRequiredService<IOptions<TOptions>>().Value;
            var time = services.GetRequiredService<TimeProvider>();
            var policy = new TransportPolicy(options, classifier(services), time);
            pipeline.TimeProvider = time;
            pipeline.AddTimeout(new TimeoutStrategyOptions { Timeout = options.TotalTimeout, OnTimeout = policy.OnTotalTimeoutAsync });
            pipeline.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                // At least one, as Polly asks; ShouldRetryAsync holds to MaxAttempts itself (and judges even a single attempt).
                MaxRetryAttempts = Math.Max(1, options.MaxAttempts - 1),
                ShouldHandle = policy.ShouldRetryAsync,
                DelayGenerator = TransportPolicy.DelayAsync,
                OnRetry = TransportPolicy.OnRetryAsync,
            });
        });
        if (pacer is not null)
        {
            builder.AddHttpMessageHandler(services => new PacingHandler(pacer(services)));
        }

        builder.AddResilienceHandler("attempt", (pipeline, context) =>
        {
            // A guard against a hung connection, not a scheduled wait: real time, like HttpClient.Timeout. On the
            // container's clock a test's fake clock would never end a hung call, and moving it on by hours would cut
            // through calls in flight.
            pipeline.TimeProvider = TimeProvider.System;
            pipeline.AddTimeout(context.ServiceProvider.GetRequiredService<IOptions<TOptions>>().Value.AttemptTimeout);
        });
        builder.AddHttpMessageHandler(() => new ResponseBufferingHandler());
        return builder;
    }
}
