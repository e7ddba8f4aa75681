using StatusBot.Core.Chat;
using StatusBot.Core.Digests;
using StatusBot.Storage.Commitments;
using StatusBot.Storage.Tables;

namespace StatusBot.Storage.Digests;

/// <summary>Each channel's digest schedule as one row of the workspace's partition in the <c>workspaces</c> table.</summary>
public sealed class TableDigestScheduleStore(ITableStore store) : IDigestScheduleStore
{
    private const string TableName = WorkspaceTable.Name;

    /// <inheritdoc />
    public async Task<DigestSchedule?> GetAsync(WorkspaceId workspace, string channel, CancellationToken cancellationToken = default)
    {
        var table = await store.GetTableAsync(TableName, cancellationToken);
        var row = await table.GetAsync(workspace.ToString(), RowKey(channel), cancellationToken);
        return row is null ? null : Read(workspace, row);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<DigestSchedule>> ListAsync(WorkspaceId workspace, CancellationToken cancellationToken = default)
    {
        var table = await store.GetTableAsync(TableName, cancellationToken);
        var rows = await table.QueryAllAsync(workspace.ToString(), RowKeyRange.Prefix(RowKeyPrefix), cancellationToken);
        return [.. rows.Select(row => Read(workspace, row))];
    }

    /// <inheritdoc />
    public async Task SaveAsync(DigestSchedule schedule, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var table = await store.GetTableAsync(TableName, cancellationToken);
        await table.UpsertAsync(new TableRow(schedule.Workspace.ToString(), RowKey(schedule.Channel))
        {
            ["Channel"] = schedule.Channel,
            ["Frequency"] = schedule.Frequency.ToString(),
            ["Day"] = schedule.Day?.ToString(),
            ["Time"] = schedule.Time.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            ["TimeZone"] = schedule.TimeZone,
        }, cancellationToken: cancellationToken);
    }

    /// <inheritdoc />
    public async Task RemoveAsync(WorkspaceId workspace, string channel, CancellationToken cancellationToken = default)
    {
        var table = await store.GetTableAsync(TableName, cancellationToken);
        try
        {
            await table.DeleteAsync(workspace.ToString(), RowKey(channel), "*", cancellationToken);
        }
        catch (EntityNotFoundException)
        {
            // Off already.
        }
    }

    private const string RowKeyPrefix = "digest|";

    private static string RowKey(string channel) => RowKeyPrefix + IndexRows.Escape(channel);

    private static DigestSchedule Read(WorkspaceId workspace, TableRow row) => new(
        workspace,
        (string)row["Channel"]!,
        Enum.Parse<DigestFrequency>((string)row["Frequency"]!),
        row["Day"] is string day ? Enum.Parse<DayOfWeek>(day) : null,
        TimeOnly.ParseExact((string)row["Time"]!, "HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        (string)row["TimeZone"]!);
}
