using Microsoft.Extensions.Logging;

namespace StatusBot.Slack.Outbound;

/// <summary>Source-generated logs of Slack's outbound side, event ids 2100-2149. Never a token or message body.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2100, Level = LogLevel.Warning, Message = "Slack {Method} attempt {Attempt} failed with {Error}; retrying in {Delay}")]
    public static partial void Retrying(ILogger logger, string method, int attempt, string error, TimeSpan delay);

    [LoggerMessage(EventId = 2101, Level = LogLevel.Warning, Message = "Slack {Method} gave up after {Attempts} attempts with {Error}")]
    public static partial void GaveUp(ILogger logger, string method, int attempts, string error);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Warning, Message = "Slack {Method} answered ok:false with {Error}")]
    public static partial void Refused(ILogger logger, string method, string error);
}
