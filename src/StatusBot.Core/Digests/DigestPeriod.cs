using StatusBot.Core.CheckIns;

namespace StatusBot.Core.Digests;

/// <summary>The stretch of time a digest reports on: events at or after <see cref="Start"/> and before <see cref="End"/>.</summary>
public readonly record struct DigestPeriod
{
    /// <summary>A period from <paramref name="start"/> (inclusive) to <paramref name="end"/> (exclusive).</summary>
    public DigestPeriod(DateTimeOffset start, DateTimeOffset end)
    {
        if (end < start)
        {
            throw new ArgumentOutOfRangeException(nameof(end), end, $"The period must not end before it starts ({start:O}).");
        }

        Start = start;
        End = end;
    }

    /// <summary>Where the period starts (inclusive).</summary>
    public DateTimeOffset Start { get; }

    /// <summary>Where the period ends (exclusive).</summary>
    public DateTimeOffset End { get; }

    /// <summary>The <paramref name="days"/> days up to <paramref name="now"/>.</summary>
    public static DigestPeriod LastDays(DateTimeOffset now, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        return new DigestPeriod(now.AddDays(-days), now);
    }

    /// <summary>True when <paramref name="at"/> falls in the period.</summary>
    public bool Contains(DateTimeOffset at) => at >= Start && at < End;

    /// <summary>The period in words: "the last week", "the last 10 days", or its UTC dates.</summary>
    public string Describe()
    {
        var length = End - Start;
        return length.Ticks % TimeSpan.TicksPerDay == 0 && length > TimeSpan.Zero
            ? DateText.LastDays((int)length.TotalDays)
            : FormattableString.Invariant($"{Start.UtcDateTime:yyyy-MM-dd HH:mm} to {End.UtcDateTime:yyyy-MM-dd HH:mm} UTC");
    }
}
