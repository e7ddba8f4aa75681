using System.Globalization;

namespace StatusBot.Storage.CheckIns;

/// <summary>Wake-ups are filed in one partition per UTC minute, so a tick reads only the minutes that are due.</summary>
internal static class WakeUpBuckets
{
    private const string Format = "yyyyMMddHHmm";

    /// <summary>The start of the minute <paramref name="at"/> falls in.</summary>
    public static DateTimeOffset MinuteOf(DateTimeOffset at)
    {
        var utc = at.ToUniversalTime();
        return new DateTimeOffset(utc.Year, utc.Month, utc.Day, utc.Hour, utc.Minute, 0, TimeSpan.Zero);
    }

    /// <summary>The partition key of the minute <paramref name="at"/> falls in.</summary>
    public static string PartitionOf(DateTimeOffset at) => "m" + MinuteOf(at).ToString(Format, CultureInfo.InvariantCulture);

    /// <summary>Row keys sort by due time, then commitment.</summary>
    public static string RowKey(DateTimeOffset at, string workspace, string commitmentId) =>
        at.UtcTicks.ToString("D19", CultureInfo.InvariantCulture) + "_" + workspace + "_" + commitmentId;
}
