using StatusBot.Http.Pacing;

namespace StatusBot.Teams.Outbound;

/// <summary>
/// Keeps messages to one conversation (thread) within Teams' per-bot limits, <see cref="Limits"/>, exactly for every
/// window (<see cref="SlidingWindowPacer"/>). A singleton: it sits in <see cref="BotConnectorClient"/>'s HttpClient
/// pipeline through a <see cref="Http.Outbound.PacingHandler"/>, below the retries, so every attempt is paced; the conversation
/// travels on the request.
/// </summary>
public sealed class TeamsConversationPacer(TimeProvider timeProvider) : SlidingWindowPacer(Limits, timeProvider)
{
    /// <summary>Teams' published limits per bot per thread: 7 per second, 8 per 2 s, 60 per 30 s and 1800 per hour.</summary>
    public static readonly IReadOnlyList<(int Limit, TimeSpan Window)> Limits =
    [
        (7, TimeSpan.FromSeconds(1)),
        (8, TimeSpan.FromSeconds(2)),
        (60, TimeSpan.FromSeconds(30)),
        (1800, TimeSpan.FromHours(1)),
    ];
}
