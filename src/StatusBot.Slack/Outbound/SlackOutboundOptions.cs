using StatusBot.Http.Outbound;

namespace StatusBot.Slack.Outbound;

/// <summary>
/// The <c>Slack:Outbound</c> configuration section: retries and timeouts of Web API calls (see
/// <see cref="OutboundTransportOptions"/>; transient are 429, 5xx, network errors, timeouts and the <c>ok:false</c>
/// errors <c>ratelimited</c>, <c>internal_error</c>, <c>fatal_error</c>, <c>request_timeout</c>) and the pacing of
/// chat.postMessage. <see cref="OutboundTransportOptions.AttemptTimeout"/> defaults to 10 s.
/// </summary>
public sealed class SlackOutboundOptions : OutboundTransportOptions
{
    /// <summary>The configuration section's name.</summary>
    public const string Section = "Slack:Outbound";

    /// <summary>Slack's defaults: 10 s for an attempt.</summary>
    public SlackOutboundOptions()
        : base(TimeSpan.FromSeconds(10))
    {
    }

    /// <summary>The pace of chat.postMessage per channel, once a burst is spent. Default: 1 s (Slack's ~1 message/s).</summary>
    public TimeSpan PostMessageInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Messages a channel may get at once before pacing starts. Default: 3.</summary>
    public int PostMessageBurst { get; set; } = 3;

    /// <summary>The longest <see cref="ReachCheckTimeout"/> allowed: a form that asked must still be answered within Slack's 3 seconds.</summary>
    public static readonly TimeSpan MaxReachCheckTimeout = TimeSpan.FromSeconds(2.5);

    /// <summary>
    /// The longest a check that a person or channel can be reached waits for Slack before the answer counts as unknown
    /// (<see cref="SlackReachabilityCheck"/>). Default: 1.5 s; at most <see cref="MaxReachCheckTimeout"/>.
    /// </summary>
    public TimeSpan ReachCheckTimeout { get; set; } = TimeSpan.FromSeconds(1.5);
}
