using StatusBot.Core.Chat;
using System.Globalization;
using System.Text.Json;
using StatusBot.Core.CheckIns;
using StatusBot.Core.Commitments;
using StatusBot.Storage.Tables;

namespace StatusBot.Storage.Commitments;

/// <summary>Maps a commitment to and from a table row (the same properties in its head row and its index row).</summary>
internal static class CommitmentRows
{
    private const string DateFormat = "yyyy-MM-dd";

    public static TableRow ToRow(Commitment c, string partitionKey, string rowKey)
    {
        var row = new TableRow(partitionKey, rowKey)
        {
            ["Id"] = c.Id,
            ["Workspace"] = c.Workspace.ToString(),
            ["Title"] = c.Title,
            ["Customer"] = c.Customer,
            ["DueDate"] = c.DueDate.ToString(DateFormat, CultureInfo.InvariantCulture),
            ["TimeZone"] = c.TimeZone,
            ["Owner"] = c.Owner,
            ["Channel"] = c.Channel,
            ["CustomerDestination"] = c.CustomerDestination,
            ["NoticeDays"] = c.NoticeDays,
            ["Approver"] = c.Approver,
            ["CoOwners"] = c.CoOwners.Count == 0 ? null : CoOwners.Join(c.CoOwners),
            ["ExternalId"] = c.ExternalId,
            ["Status"] = c.Status.ToString(),
            ["Health"] = c.Health.ToString(),
            ["HealthSince"] = c.HealthSince,
            ["CreatedAt"] = c.CreatedAt,
            ["UpdatedAt"] = c.UpdatedAt,
            ["CheckIns"] = JsonSerializer.Serialize(c.CheckIns, StorageJsonContext.Default.CheckInState),
            ["Version"] = c.Version,
        };
        return row;
    }

    public static Commitment FromRow(TableRow row, string? concurrencyToken) => new()
    {
        Id = Get<string>(row, "Id"),
        Workspace = WorkspaceId.Parse(Get<string>(row, "Workspace")),
        Title = Get<string>(row, "Title"),
        Customer = Get<string>(row, "Customer"),
        DueDate = DateOnly.ParseExact(Get<string>(row, "DueDate"), DateFormat, CultureInfo.InvariantCulture),
        TimeZone = Get<string>(row, "TimeZone"),
        Owner = Get<string>(row, "Owner"),
        Channel = Get<string>(row, "Channel"),
        CustomerDestination = Get<string>(row, "CustomerDestination"),
        NoticeDays = row["NoticeDays"] as int?,
        Approver = row["Approver"] as string,
        // Rows written before co-owners existed have no such property: no co-owners.
        CoOwners = row["CoOwners"] is string coOwners ? coOwners.Split(',', StringSplitOptions.RemoveEmptyEntries) : [],
        ExternalId = row["ExternalId"] as string,
        Status = Enum.Parse<CommitmentStatus>(Get<string>(row, "Status")),
        Health = Enum.Parse<Health>(Get<string>(row, "Health")),
        HealthSince = Get<DateTimeOffset>(row, "HealthSince"),
        CreatedAt = Get<DateTimeOffset>(row, "CreatedAt"),
        UpdatedAt = row["UpdatedAt"] as DateTimeOffset?,
        CheckIns = row["CheckIns"] is string checkIns
            ? JsonSerializer.Deserialize(checkIns, StorageJsonContext.Default.CheckInState) ?? CheckInState.Initial
            : CheckInState.Initial,
        Version = Get<long>(row, "Version"),
        ConcurrencyToken = concurrencyToken,
    };

    internal static T Get<T>(TableRow row, string name) =>
        row[name] is T value
            ? value
            : throw new InvalidDataException(
                $"Row {row.PartitionKey}/{row.RowKey} has no {typeof(T).Name} property '{name}' (found {row[name]?.GetType().Name ?? "nothing"}).");
}
