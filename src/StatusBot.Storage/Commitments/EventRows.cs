using System.Globalization;
using System.Text.Json;
using StatusBot.Core.Commitments;
using StatusBot.Storage.Tables;

namespace StatusBot.Storage.Commitments;

/// <summary>Maps a history event to and from a table row; row keys sort by sequence.</summary>
internal static class EventRows
{
    /// <summary>Every event's row key starts with this, which sets events apart from the head row.</summary>
    public const string RowKeyPrefix = "e";

    public static string RowKey(long sequence) => RowKeyPrefix + sequence.ToString("D19", CultureInfo.InvariantCulture);

    public static TableRow ToRow(CommitmentEvent e, string partitionKey) => new(partitionKey, RowKey(e.Sequence))
    {
        ["Sequence"] = e.Sequence,
        ["At"] = e.At,
        ["Kind"] = e.Kind.ToString(),
        ["Actor"] = e.Actor,
        ["Data"] = JsonSerializer.Serialize(e.Data, StorageJsonContext.Default.IReadOnlyDictionaryStringString),
    };

    public static CommitmentEvent FromRow(TableRow row) => new(
        CommitmentRows.Get<long>(row, "Sequence"),
        CommitmentRows.Get<DateTimeOffset>(row, "At"),
        Enum.Parse<CommitmentEventKind>(CommitmentRows.Get<string>(row, "Kind")),
        row["Actor"] as string,
        JsonSerializer.Deserialize(CommitmentRows.Get<string>(row, "Data"), StorageJsonContext.Default.IReadOnlyDictionaryStringString)
            ?? new Dictionary<string, string>());
}
