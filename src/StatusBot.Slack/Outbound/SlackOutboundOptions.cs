namespace StatusBot.Slack.Outbound;

/// <summary>The <c>Slack:Outbound</c> configuration section: retries and pacing of Web API calls.</summary>
public sealed class SlackOutboundOptions
{
    /// <summary>The configuration section's name.</summary>
    public const string Section = "Slack:Outbound";

    /// <summary>Attempts per call, the first included, on 429, 5xx and network errors. Default: 4.</summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>The first backoff after a 5xx or network error; it doubles each attempt, with jitter. Default: 1 s.</summary>
    public TimeSpan BaseRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The longest wait between attempts. When Slack's <c>Retry-After</c> asks for more, the call fails at once
    /// with that wait, so the caller reschedules instead of holding a thread. Default: 30 s.
    /// </summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The pace of chat.postMessage per channel, once a burst is spent. Default: 1 s (Slack's ~1 message/s).</summary>
    public TimeSpan PostMessageInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Messages a channel may get at once before pacing starts. Default: 3.</summary>
    public int PostMessageBurst { get; set; } = 3;

    /// <summary>Time allowed for one HTTP attempt. Default: 10 s.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
