using StatusBot.Core.Chat;
using System.Collections.Concurrent;
using System.Text.Json;
using StatusBot.Core.CheckIns;
using StatusBot.Storage.Tables;

namespace StatusBot.Storage.CheckIns;

/// <summary>
/// Each workspace's check-in settings as one row in the <c>workspaces</c> table (partition: the workspace).
/// Reads are cached for a minute, so the scheduler does not read them once per commitment; another host's
/// change is seen within that minute.
/// </summary>
public sealed class TableCheckInSettingsStore(ITableStore store, TimeProvider time) : ICheckInSettingsStore
{
    internal const string TableName = WorkspaceTable.Name;
    internal static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(1);
    private const string RowKey = "checkins";
    private const string Json = "Json";

    private readonly ConcurrentDictionary<string, (CheckInSettings Settings, DateTimeOffset ReadAt)> _cache = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public async Task<CheckInSettings> GetAsync(WorkspaceId workspace, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        if (_cache.TryGetValue(workspace.ToString(), out var cached) && now - cached.ReadAt < CacheFor)
        {
            return cached.Settings;
        }

        var table = await store.GetTableAsync(TableName, cancellationToken);
        var row = await table.GetAsync(workspace.ToString(), RowKey, cancellationToken);
        var settings = row?[Json] is string json
            ? (JsonSerializer.Deserialize(json, StorageJsonContext.Default.CheckInSettingsDocument) ?? throw new InvalidDataException(
                $"The check-in settings of {workspace} are not readable.")).ToSettings()
            : CheckInSettings.Default;
        _cache[workspace.ToString()] = (settings, now);
        return settings;
    }

    /// <inheritdoc />
    public async Task SaveAsync(WorkspaceId workspace, CheckInSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.ThrowIfInvalid();
        var table = await store.GetTableAsync(TableName, cancellationToken);
        var json = JsonSerializer.Serialize(CheckInSettingsDocument.From(settings), StorageJsonContext.Default.CheckInSettingsDocument);
        await table.UpsertAsync(new TableRow(workspace.ToString(), RowKey) { [Json] = json }, cancellationToken: cancellationToken);
        _cache[workspace.ToString()] = (settings, time.GetUtcNow());
    }
}
