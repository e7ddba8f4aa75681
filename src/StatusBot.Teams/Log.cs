using Microsoft.Extensions.Logging;

namespace StatusBot.Teams;

/// <summary>
/// Source-generated logs of the Teams adapter, event ids 2200-2249 (Slack has 2100-2149; the retries, give-ups and
/// refusals of Bot Connector calls are the shared transport's, 2400-2449). Never a token, the app password or a
/// message body.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2200, Level = LogLevel.Warning, Message = "Teams request refused: {Failure} ({Reason})")]
    public static partial void Refused(ILogger logger, string failure, string reason);

    [LoggerMessage(EventId = 2201, Level = LogLevel.Information, Message = "Fetched {Count} Bot Framework signing keys from {JwksUri}")]
    public static partial void KeysFetched(ILogger logger, int count, Uri jwksUri);

    [LoggerMessage(EventId = 2202, Level = LogLevel.Warning, Message = "Could not fetch the Bot Framework signing keys from {MetadataUrl}: {Error}")]
    public static partial void KeysUnavailable(ILogger logger, Uri metadataUrl, string error);

    [LoggerMessage(EventId = 2203, Level = LogLevel.Warning, Message = "Could not check whether {Address} in {Workspace} can be reached; the change goes ahead unchecked")]
    public static partial void ReachUnknown(ILogger logger, string address, string workspace, Exception exception);

    [LoggerMessage(EventId = 2210, Level = LogLevel.Debug, Message = "Acquired a Bot Connector token valid until {ExpiresOn}")]
    public static partial void TokenAcquired(ILogger logger, DateTimeOffset expiresOn);

    [LoggerMessage(EventId = 2211, Level = LogLevel.Warning, Message = "The token endpoint refused the bot's credentials with HTTP {Status} ({Error})")]
    public static partial void TokenRefused(ILogger logger, int status, string error);

    [LoggerMessage(EventId = 2223, Level = LogLevel.Error, Message = "Refused to call the Bot Connector at {Host}: the host is not in Teams:AllowedServiceUrlHosts")]
    public static partial void HostNotAllowed(ILogger logger, string host);

    [LoggerMessage(EventId = 2230, Level = LogLevel.Error, Message = "A Teams {ActivityType} activity failed; the user was asked to try again")]
    public static partial void ActivityFailed(ILogger logger, string activityType, Exception exception);

    [LoggerMessage(EventId = 2231, Level = LogLevel.Warning, Message = "Teams activity refused with {Status}: {Reason}")]
    public static partial void ActivityRefused(ILogger logger, int status, string reason);

    [LoggerMessage(EventId = 2232, Level = LogLevel.Debug, Message = "Teams:AppId is empty: /api/messages accepts activities without a token, from loopback only")]
    public static partial void AuthenticationOff(ILogger logger);

    [LoggerMessage(EventId = 2233, Level = LogLevel.Warning, Message = "Could not fill the people directory from Teams for {UserId} in {Workspace}; the activity goes on, and the next one tries again")]
    public static partial void PersonNotFilled(ILogger logger, string userId, string workspace, Exception exception);

    [LoggerMessage(EventId = 2243, Level = LogLevel.Debug, Message = "The typing indicator was not shown: {Reason}")]
    public static partial void TypingFailed(ILogger logger, string reason);

    [LoggerMessage(EventId = 2240, Level = LogLevel.Warning, Message = "Microsoft Graph refused the {Operation} read ({Error}): grant the app the Graph application permission User.Read.All (and MailboxSettings.Read for time zones) with admin consent; not asked again for a day")]
    public static partial void GraphForbidden(ILogger logger, string operation, string error);

    [LoggerMessage(EventId = 2241, Level = LogLevel.Information, Message = "Microsoft Graph knows no user behind {UserId}; they stay as Teams showed them")]
    public static partial void GraphUserNotFound(ILogger logger, string userId);

    [LoggerMessage(EventId = 2242, Level = LogLevel.Information, Message = "Microsoft Graph names a manager of {UserId} whom StatusBot has not met in Teams; no manager is filled until they install it or join a team it is in")]
    public static partial void GraphManagerNotMet(ILogger logger, string userId);
}
