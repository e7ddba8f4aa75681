using System.Globalization;
using StatusBot.Core.Commitments;
using StatusBot.Core.Digests;

namespace StatusBot.Core.Insights;

/// <summary>Counts a workspace's trends from its commitments and their histories; pure, with the time passed in.</summary>
public static class TrendBuilder
{
    /// <summary>
    /// The last <paramref name="months"/> calendar months (UTC) up to and including the month of <paramref name="now"/>,
    /// each with its <see cref="DigestNumbers"/>, and the same numbers per project channel over the whole window.
    /// <paramref name="histories"/> are by commitment id, oldest first; a commitment without one counts nothing.
    /// </summary>
    public static Trends Build(
        IReadOnlyList<Commitment> commitments,
        IReadOnlyDictionary<string, IReadOnlyList<CommitmentEvent>> histories,
        DateTimeOffset now,
        int months = 12)
    {
        ArgumentNullException.ThrowIfNull(commitments);
        ArgumentNullException.ThrowIfNull(histories);
        return Build([.. commitments.Select(c => histories.TryGetValue(c.Id, out var history) ? CommitmentFacts.For(c, history) : NothingOf(c))], now, months);
    }

    /// <summary>The same trends from the commitments' <paramref name="facts"/>: no history needs reading.</summary>
    public static Trends Build(IReadOnlyList<CommitmentFacts> facts, DateTimeOffset now, int months = 12)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentOutOfRangeException.ThrowIfLessThan(months, 1);
        var first = new DateTimeOffset(now.UtcDateTime.Year, now.UtcDateTime.Month, 1, 0, 0, 0, TimeSpan.Zero).AddMonths(1 - months);
        var window = new DigestPeriod(first, first.AddMonths(months));
        var inWindow = facts.SelectMany(f => f.Counted.Where(e => window.Contains(e.At))).ToList();
        var rows = new List<TrendRow>(months);
        for (var start = first; start <= now; start = start.AddMonths(1))
        {
            var period = new DigestPeriod(start, start.AddMonths(1));
            rows.Add(new TrendRow(start.ToString("yyyy-MM", CultureInfo.InvariantCulture), DigestNumbers.Sum(inWindow, period)));
        }

        var channels = facts
            .GroupBy(f => f.Channel, StringComparer.Ordinal)
            .Select(g => new TrendRow(g.Key, DigestNumbers.Sum(g.SelectMany(f => f.Counted), window)))
            .Where(row => !row.Numbers.IsEmpty || row.Numbers.DatesMoved > 0)
            .OrderBy(row => row.Label, StringComparer.Ordinal)
            .ToList();
        return new Trends(rows, channels);
    }

    private static CommitmentFacts NothingOf(Commitment c) => new(c.Id, c.Channel, c.Owner, c.Version, [], AnswerCounts.None);

    /// <summary>
    /// Only these commitments can have an event the trends count (a warning, a miss, a delivery, a moved date):
    /// the rest need no history read.
    /// </summary>
    public static bool MayCount(Commitment commitment, DateTimeOffset since)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        return (commitment.UpdatedAt ?? commitment.CreatedAt) >= since && commitment.Version > 1;
    }
}
