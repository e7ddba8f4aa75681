using Microsoft.Extensions.Logging;

namespace StatusBot.Http;

/// <summary>
/// Source-generated logs of the shared HTTP plumbing, event ids 2400-2449 (Slack has 2100-2149 and 2300-2349, Teams
/// 2200-2249). Written to the calling client's logger; never a token, a header or a message body.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2400, Level = LogLevel.Warning, Message = "{Service} {Operation} attempt {Attempt} failed with {Error}; retrying in {Delay}")]
    public static partial void Retrying(ILogger logger, string service, string operation, int attempt, string error, TimeSpan delay);

    [LoggerMessage(EventId = 2401, Level = LogLevel.Warning, Message = "{Service} {Operation} gave up after {Attempts} attempts with {Error}")]
    public static partial void GaveUp(ILogger logger, string service, string operation, int attempts, string error);

    [LoggerMessage(EventId = 2402, Level = LogLevel.Warning, Message = "{Service} {Operation} refused with {Error}")]
    public static partial void Refused(ILogger logger, string service, string operation, string error);
}
