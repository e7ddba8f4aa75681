using StatusBot.Core.Chat;

namespace StatusBot.Slack.Inbound;

/// <summary>Identical clicks (same user, message, button and value) within 30 seconds act once.</summary>
public sealed class SlackRepeatFilter(TimeProvider time)
{
    /// <summary>How long a click shadows its repeats.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(30);

    /// <summary>The filter.</summary>
    public RepeatFilter Filter { get; } = new(Window, time);
}
