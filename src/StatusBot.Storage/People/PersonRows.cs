using System.Globalization;
using System.Text.Json;
using StatusBot.Core.Chat;
using StatusBot.Core.People;
using StatusBot.Storage.Commitments;
using StatusBot.Storage.Tables;

namespace StatusBot.Storage.People;

/// <summary>
/// A <see cref="Person"/> as one row: partition the workspace, row key the escaped user id (the id itself is kept
/// as a property, so it reads back exactly). Sets and lists are JSON, enums their names, times of day round-trip
/// strings; a value that is unknown (null) is no property at all.
/// </summary>
internal static class PersonRows
{
    public static string RowKey(string userId) => IndexRows.Escape(userId);

    public static TableRow Write(Person person) => new(person.Workspace.ToString(), RowKey(person.UserId))
    {
        ["UserId"] = person.UserId,
        ["DisplayName"] = person.DisplayName,
        ["TimeZone"] = person.TimeZone,
        ["WorkingDays"] = person.WorkingDays is { } days
            ? JsonSerializer.Serialize(days.Order().ToArray(), StorageJsonContext.Default.DayOfWeekArray)
            : null,
        ["WorkdayStart"] = person.WorkdayStart?.ToString("O", CultureInfo.InvariantCulture),
        ["WorkdayEnd"] = person.WorkdayEnd?.ToString("O", CultureInfo.InvariantCulture),
        ["Manager"] = person.Manager,
        ["Delegate"] = person.Delegate,
        ["TimeOff"] = person.TimeOff.Count == 0 ? null : JsonSerializer.Serialize(person.TimeOff.ToArray(), StorageJsonContext.Default.DateRangeArray),
        ["Email"] = person.Email,
        ["Title"] = person.Title,
        ["Reach"] = person.Reach.ToString(),
        ["ReachProblem"] = person.ReachProblem,
        ["RefreshedAt"] = person.RefreshedAt,
    };

    public static Person Read(TableRow row) => new()
    {
        Workspace = WorkspaceId.Parse(row.PartitionKey),
        UserId = (string)row["UserId"]!,
        DisplayName = row["DisplayName"] as string,
        TimeZone = row["TimeZone"] as string,
        WorkingDays = row["WorkingDays"] is string days ? Json(days, StorageJsonContext.Default.DayOfWeekArray, row).ToHashSet() : null,
        WorkdayStart = row["WorkdayStart"] is string start ? TimeOnly.ParseExact(start, "O", CultureInfo.InvariantCulture) : null,
        WorkdayEnd = row["WorkdayEnd"] is string end ? TimeOnly.ParseExact(end, "O", CultureInfo.InvariantCulture) : null,
        Manager = row["Manager"] as string,
        Delegate = row["Delegate"] as string,
        TimeOff = row["TimeOff"] is string timeOff ? Json(timeOff, StorageJsonContext.Default.DateRangeArray, row) : [],
        Email = row["Email"] as string,
        Title = row["Title"] as string,
        Reach = row["Reach"] is string reach ? Enum.Parse<Reach>(reach) : Reach.Unknown,
        ReachProblem = row["ReachProblem"] as string,
        RefreshedAt = row["RefreshedAt"] as DateTimeOffset?,
        ConcurrencyToken = row.ETag,
    };

    private static T Json<T>(string json, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type, TableRow row) =>
        JsonSerializer.Deserialize(json, type)
        ?? throw new InvalidDataException($"The person {row.PartitionKey}/{row.RowKey} holds an empty value where a list belongs.");
}
