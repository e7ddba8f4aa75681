using StatusBot.Core.Chat;
using StatusBot.Core.CheckIns;
using StatusBot.Storage.Tables;

namespace StatusBot.Storage.CheckIns;

/// <summary>Maps wake-ups to and from rows; a wake-up's token carries its row's keys and ETag.</summary>
internal static class WakeUpRows
{
    public const string LeaseOwner = "LeaseOwner";
    public const string LeaseUntil = "LeaseUntil";
    private const string Separator = "\n";

    public static TableRow ToRow(string partition, WorkspaceId workspace, string commitmentId, DateTimeOffset at) =>
        new(partition, WakeUpBuckets.RowKey(at, workspace, commitmentId))
        {
            ["Workspace"] = workspace.ToString(),
            ["CommitmentId"] = commitmentId,
            ["At"] = at,
        };

    public static WakeUp FromRow(TableRow row) => new(
        WorkspaceId.Parse((string)row["Workspace"]!),
        (string)row["CommitmentId"]!,
        (DateTimeOffset)row["At"]!,
        Token(row.PartitionKey, row.RowKey, row.ETag!))
    {
        ClaimedBefore = row[LeaseOwner] is string,
    };

    /// <summary>True while another claim's lease is still running.</summary>
    public static bool IsLeased(TableRow row, DateTimeOffset now) => row[LeaseUntil] is DateTimeOffset until && until > now;

    public static string Token(string partition, string rowKey, string eTag) => string.Join(Separator, partition, rowKey, eTag);

    public static (string Partition, string RowKey, string ETag) ParseToken(string token)
    {
        var parts = token.Split(Separator);
        return parts.Length == 3 ? (parts[0], parts[1], parts[2]) : throw new ArgumentException("Not a wake-up token from this schedule.", nameof(token));
    }
}
