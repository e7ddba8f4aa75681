namespace StatusBot.Http.Outbound;

/// <summary>
/// Retries and timeouts of a platform's outbound calls; each platform's options section (<c>Slack:Outbound</c>,
/// <c>Teams:Outbound</c>) derives from it and adds its own pacing.
/// </summary>
public abstract class OutboundTransportOptions
{
    /// <summary>Sets the platform's default <see cref="AttemptTimeout"/>.</summary>
    protected OutboundTransportOptions(TimeSpan attemptTimeout) => AttemptTimeout = attemptTimeout;

    /// <summary>Attempts per call, the first included, on failures the platform's classifier calls transient. Default: 4.</summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>The first backoff when the service gives no <c>Retry-After</c>; it doubles each attempt, with jitter. Default: 1 s.</summary>
    public TimeSpan BaseRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The longest wait between attempts. When the service's <c>Retry-After</c> asks for more, the call fails at once
    /// with that wait, so the caller reschedules instead of holding a thread. Default: 30 s.
    /// </summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Time allowed for one HTTP attempt, its answer's body included. Default: the platform's (Slack 10 s, Teams 15 s).</summary>
    public TimeSpan AttemptTimeout { get; set; }

    /// <summary>Time allowed for a whole call: every attempt, wait and pacing delay. Default: 2 min.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(2);
}
