namespace StatusBot.Playground;

/// <summary>The playground's log (event ids 1300-1399). Tokens, secrets and message text never appear.</summary>
internal static partial class PlaygroundLog
{
    [LoggerMessage(EventId = 1302, Level = LogLevel.Error, Message = "The playground's bot failed on a {Type} activity")]
    public static partial void BotFailed(ILogger logger, string type, Exception exception);

    [LoggerMessage(EventId = 1303, Level = LogLevel.Warning, Message = "The playground page was served without Web Chat: {Path} is missing (install Node.js with npm, then build)")]
    public static partial void AssetsMissing(ILogger logger, string path);

    [LoggerMessage(EventId = 1304, Level = LogLevel.Debug, Message = "Playground request refused ({Status}): {Reason}")]
    public static partial void Refused(ILogger logger, int status, string reason);
}
