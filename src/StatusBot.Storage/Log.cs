using Microsoft.Extensions.Logging;

namespace StatusBot.Storage;

/// <summary>The storage project's log messages (event ids 3000-3099).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 3000, Level = LogLevel.Debug, Message = "Opened SQLite table store at {Path}")]
    public static partial void SqliteStoreOpened(ILogger logger, string path);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Debug, Message = "Created table {Table} in the {Engine} store")]
    public static partial void TableCreated(ILogger logger, string table, string engine);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Information, Message = "Rebuilt SQLite table {Table} in {Path} with its rows kept apart from its keys (once; every row and ETag kept)")]
    public static partial void SqliteTableRebuilt(ILogger logger, string table, string path);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Debug, Message = "Batch on table {Table} rolled back at operation {Index}")]
    public static partial void BatchRolledBack(ILogger logger, string table, int index);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Debug, Message = "Storage answers")]
    public static partial void StorageReady(ILogger logger);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Warning, Message = "Storage does not answer yet; /readyz reports 503 until it does: {Reason}")]
    public static partial void StorageNotReady(ILogger logger, string reason);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Information, Message = "Data Protection keys are stored unencrypted, next to the tokens they protect; set Storage:KeyCertificatePath to a .pfx to encrypt them")]
    public static partial void KeysUnencrypted(ILogger logger);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Warning, Message = "Table {Table} was missing from the store (an emulator restart, or deleted); it was created again")]
    public static partial void TableRecreated(ILogger logger, string table);
}
