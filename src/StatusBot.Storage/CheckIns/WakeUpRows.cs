using StatusBot.Core.Chat;
using StatusBot.Core.CheckIns;
using StatusBot.Storage.Tables;

namespace StatusBot.Storage.CheckIns;

/// <summary>Maps wake-ups to and from rows; a wake-up's token carries its row's keys and ETag.</summary>
internal static class WakeUpRows
{
    public const string LeaseOwner = "LeaseOwner";
    public const string LeaseUntil = "LeaseUntil";
    public const string Scope = "Scope";
    private const string Separator = "\n";

    /// <summary>
    /// The row of a wake-up. One for every scope but <see cref="WakeUpScope.All"/> names its scope in its key too, so a
    /// wake-up for all the work is never taken for one filed at the same moment for less. Rows without a scope (all
    /// rows filed before scopes were kept) are for all the work.
    /// </summary>
    public static TableRow ToRow(string partition, WorkspaceId workspace, string commitmentId, DateTimeOffset at, WakeUpScope scope = WakeUpScope.All)
    {
        var key = WakeUpBuckets.RowKey(at, workspace, commitmentId);
        var row = new TableRow(partition, scope == WakeUpScope.All ? key : key + "_" + scope)
        {
            ["Workspace"] = workspace.ToString(),
            ["CommitmentId"] = commitmentId,
            ["At"] = at,
        };
        if (scope != WakeUpScope.All)
        {
            row[Scope] = scope.ToString();
        }

        return row;
    }

    public static WakeUp FromRow(TableRow row) => new(
        WorkspaceId.Parse((string)row["Workspace"]!),
        (string)row["CommitmentId"]!,
        (DateTimeOffset)row["At"]!,
        Token(row.PartitionKey, row.RowKey, row.ETag!))
    {
        ClaimedBefore = row[LeaseOwner] is string,
        Scope = row[Scope] is string scope && Enum.TryParse<WakeUpScope>(scope, out var known) ? known : WakeUpScope.All,
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
