namespace StatusBot.Http.Outbound;

/// <summary>Exponential backoff with "equal jitter": half the step fixed, half random, so retries spread out.</summary>
internal static class Backoff
{
    /// <summary>The wait after failed attempt <paramref name="attempt"/> (1 for the first): base x 2^(attempt-1), capped, jittered.</summary>
    public static TimeSpan After(int attempt, OutboundTransportOptions options)
    {
        var step = options.BaseRetryDelay * Math.Pow(2, Math.Clamp(attempt - 1, 0, 16));
        var capped = step > options.MaxRetryDelay ? options.MaxRetryDelay : step;
#pragma warning disable CA5394 // Jitter needs no cryptographic randomness.
        return capped / 2 + capped / 2 * Random.Shared.NextDouble();
#pragma warning restore CA5394
    }
}
