using StatusBot.Core.Chat;
using System.Globalization;

namespace StatusBot.Storage.CheckIns;

/// <summary>
/// Wake-ups are filed in one partition per UTC hour, ordered inside it by due time, so a read asks each
/// hour only for the rows already due: cost follows the due work, and an idle day is 24 empty reads.
/// </summary>
internal static class WakeUpBuckets
{
    /// <summary>How much time one partition covers.</summary>
    public static readonly TimeSpan Size = TimeSpan.FromHours(1);

    private const string Format = "yyyyMMddHH";

    /// <summary>The start of the hour <paramref name="at"/> falls in.</summary>
    public static DateTimeOffset BucketOf(DateTimeOffset at)
    {
        var utc = at.ToUniversalTime();
        return new DateTimeOffset(utc.Year, utc.Month, utc.Day, utc.Hour, 0, 0, TimeSpan.Zero);
    }

    /// <summary>The partition key of the hour <paramref name="at"/> falls in.</summary>
    public static string PartitionOf(DateTimeOffset at) => "h" + BucketOf(at).ToString(Format, CultureInfo.InvariantCulture);

    /// <summary>Row keys sort by due time, then commitment.</summary>
    public static string RowKey(DateTimeOffset at, WorkspaceId workspace, string commitmentId) =>
        Ticks(at.UtcTicks) + "_" + workspace + "_" + commitmentId;

    /// <summary>The row keys of every wake-up due at or before <paramref name="now"/>.</summary>
    public static Tables.RowKeyRange DueBy(DateTimeOffset now) => new(null, Ticks(now.UtcTicks + 1));

    private static string Ticks(long ticks) => ticks.ToString("D19", CultureInfo.InvariantCulture);
}
