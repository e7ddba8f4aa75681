using Microsoft.Extensions.Logging;

namespace StatusBot.Slack.Outbound;

/// <summary>Source-generated logs of the Slack adapter: outbound 2100-2149 (retries, gave up and refusals are the shared transport's, 2400-2449), inbound 2300-2349. Never a token or message body.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2300, Level = LogLevel.Error, Message = "A Slack request's work failed; the user was asked to try again")]
    public static partial void WorkFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2301, Level = LogLevel.Warning, Message = "Slack request to {Path} refused with {Status}: {Reason}")]
    public static partial void RequestRefused(ILogger logger, string path, int status, string reason);

    [LoggerMessage(EventId = 2302, Level = LogLevel.Warning, Message = "Could not show a Slack user the answer to their request: {Error}")]
    public static partial void AnswerUndelivered(ILogger logger, string error);

    [LoggerMessage(EventId = 2303, Level = LogLevel.Information, Message = "Slack workspace {TeamId} said {Event}")]
    public static partial void WorkspaceEvent(ILogger logger, string teamId, string @event);

    [LoggerMessage(EventId = 2105, Level = LogLevel.Warning, Message = "Could not check whether {Address} in Slack workspace {TeamId} can be reached ({Error}); the change goes ahead unchecked")]
    public static partial void ReachUnknown(ILogger logger, string address, string teamId, string error);

    [LoggerMessage(EventId = 2106, Level = LogLevel.Warning, Message = "A message to {Channel} in Slack workspace {TeamId} went out without its picture: the upload failed with {Error} (the app may lack the files:write scope)")]
    public static partial void ImageNotShared(ILogger logger, string channel, string teamId, string error);

    [LoggerMessage(EventId = 2107, Level = LogLevel.Warning, Message = "Could not look for an interrupted message in {Channel} of Slack workspace {TeamId} ({Error}; the app may lack the channels:history or groups:history scope): it is sent, and may repeat one that went out just before a crash")]
    public static partial void HistoryNotRead(ILogger logger, string channel, string teamId, string error);

    [LoggerMessage(EventId = 2103, Level = LogLevel.Information, Message = "Slack workspace {TeamId}: bot token refreshed, good until {ExpiresAt}")]
    public static partial void Refreshed(ILogger logger, string teamId, DateTimeOffset? expiresAt);

    [LoggerMessage(EventId = 2104, Level = LogLevel.Warning, Message = "Slack workspace {TeamId}: refreshing the bot token failed with {Error}; the current one still works and the refresh is tried again")]
    public static partial void RefreshFailed(ILogger logger, string teamId, string error);

    [LoggerMessage(EventId = 2304, Level = LogLevel.Information, Message = "StatusBot was installed in Slack workspace {TeamId} (token rotation: {Rotating})")]
    public static partial void Installed(ILogger logger, string teamId, bool rotating);

    [LoggerMessage(EventId = 2305, Level = LogLevel.Warning, Message = "A Slack install was refused: {Reason}")]
    public static partial void InstallRefused(ILogger logger, string reason);

    [LoggerMessage(EventId = 2306, Level = LogLevel.Information, Message = "StatusBot left Slack workspace {TeamId} ({Reason}): its tokens are deleted and its scheduled work stopped")]
    public static partial void Removed(ILogger logger, string teamId, string reason);

    [LoggerMessage(EventId = 2308, Level = LogLevel.Warning, Message = "Could not fill the people directory from Slack for {UserId} in {TeamId}; the user's request goes on, and the next read tries again")]
    public static partial void PersonNotFilled(ILogger logger, string userId, string teamId, Exception exception);

    [LoggerMessage(EventId = 2307, Level = LogLevel.Error, Message = "Could not record that StatusBot left Slack workspace {TeamId}; Slack is asked to send the event again")]
    public static partial void RemovalFailed(ILogger logger, string teamId, Exception exception);

    [LoggerMessage(EventId = 2309, Level = LogLevel.Warning, Message = "The repeat log could not be read or written; the request is handled as new, and its own work meets the same store")]
    public static partial void RepeatLogFailed(ILogger logger, Exception exception);
}
