namespace StatusBot.Teams.Outbound;

/// <summary>The <c>Teams:Outbound</c> configuration section: retries of Bot Connector calls.</summary>
public sealed class TeamsOutboundOptions
{
    /// <summary>The configuration section's name.</summary>
    public const string Section = "Teams:Outbound";

    /// <summary>Attempts per call, the first included, on 429, 412, 502, 503, 504 and network errors. Default: 4.</summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>The first backoff; it doubles each attempt, with jitter. Default: 1 s.</summary>
    public TimeSpan BaseRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The longest wait between attempts. When <c>Retry-After</c> asks for more, the call fails at once with that
    /// wait, so the caller reschedules instead of holding a thread. Default: 30 s.
    /// </summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Time allowed for one HTTP attempt. Default: 15 s.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(15);
}
