using Microsoft.Extensions.Logging;

namespace StatusBot.Language;

/// <summary>Source-generated logs of the sentence model, 3100-3149. Never the text being checked.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 3100, Level = LogLevel.Information, Message = "The tone check's sentence model is loaded ({Milliseconds} ms)")]
    public static partial void Loaded(ILogger logger, long milliseconds);

    [LoggerMessage(EventId = 3101, Level = LogLevel.Warning, Message = "The tone check's sentence model could not load, so only the phrase rules run: {Reason}")]
    public static partial void LoadFailed(ILogger logger, string reason);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Warning, Message = "The tone check's sentence model failed on a check; the phrase rules' findings stand")]
    public static partial void CheckFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3103, Level = LogLevel.Information, Message = "The tone check's sentence model is off (ToneModel:Enabled); only the phrase rules run")]
    public static partial void Disabled(ILogger logger);
}
