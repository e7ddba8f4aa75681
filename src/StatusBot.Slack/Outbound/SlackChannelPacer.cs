using Microsoft.Extensions.Options;
using StatusBot.Http.Pacing;

namespace StatusBot.Slack.Outbound;

/// <summary>
/// Keeps chat.postMessage to about one message per interval per channel (Slack's ~1 message/s) after a short burst
/// (<see cref="GcraPacer"/>). A singleton: it sits in <see cref="SlackApiClient"/>'s HttpClient pipeline through a
/// <see cref="Http.Outbound.PacingHandler"/>, below the retries, so every attempt is paced; the channel travels on the request.
/// </summary>
public sealed class SlackChannelPacer(IOptions<SlackOutboundOptions> options, TimeProvider timeProvider)
    : GcraPacer(Outbound(options).PostMessageInterval, Outbound(options).PostMessageBurst, timeProvider)
{
    private static SlackOutboundOptions Outbound(IOptions<SlackOutboundOptions> options) =>
        options?.Value ?? throw new ArgumentNullException(nameof(options));
}
