using StatusBot.Core.Commitments;

namespace StatusBot.Core.Digests;

public sealed partial record DigestNumbers
{
    /// <summary>
    /// The numbers of <paramref name="period"/> for <paramref name="commitments"/>, read from their
    /// <paramref name="histories"/> (by commitment id, oldest first; see <see cref="DigestEventData"/> for the keys read).
    /// Without histories there is nothing to count.
    /// </summary>
    public static DigestNumbers For(
        IReadOnlyList<Commitment> commitments,
        IReadOnlyDictionary<string, IReadOnlyList<CommitmentEvent>>? histories,
        DigestPeriod period)
    {
        ArgumentNullException.ThrowIfNull(commitments);
        return histories is null ? None : Count(commitments, histories, period, new ZoneCache());
    }

    internal static DigestNumbers Count(
        IReadOnlyList<Commitment> commitments,
        IReadOnlyDictionary<string, IReadOnlyList<CommitmentEvent>> histories,
        DigestPeriod period,
        ZoneCache zones) =>
        Sum(commitments.SelectMany(c => histories.TryGetValue(c.Id, out var history) ? Counted(c, history, zones, period) : []), period);

    /// <summary>
    /// The events of <paramref name="history"/> (oldest first) that the numbers count, each judged with
    /// <paramref name="commitment"/> as it stands (its notice, time zone and due dates over time).
    /// </summary>
    public static IReadOnlyList<CountedEvent> Counted(Commitment commitment, IReadOnlyList<CommitmentEvent> history)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        ArgumentNullException.ThrowIfNull(history);
        return Counted(commitment, history, new ZoneCache(), period: null);
    }

    /// <summary>The numbers of <paramref name="period"/>: the sum of the <paramref name="counted"/> events that fall in it.</summary>
    public static DigestNumbers Sum(IEnumerable<CountedEvent> counted, DigestPeriod period)
    {
        ArgumentNullException.ThrowIfNull(counted);
        var leadTimes = new List<int>();
        int warnings = 0, fullNotice = 0, missed = 0, delivered = 0, onTime = 0, ourMoves = 0, customerMoves = 0;
        foreach (var e in counted)
        {
            if (!period.Contains(e.At))
            {
                continue;
            }

            switch (e.Kind)
            {
                case CountedEventKind.Warning:
                    warnings++;
                    if (e.LeadTimeWorkingDays is { } lead)
                    {
                        leadTimes.Add(lead);
                        fullNotice += e.Kept ? 1 : 0;
                    }

                    break;
                case CountedEventKind.MissedSilently:
                    missed++;
                    break;
                case CountedEventKind.Delivered:
                    delivered++;
                    onTime += e.Kept ? 1 : 0;
                    break;
                case CountedEventKind.DateMoved:
                    ourMoves++;
                    break;
                case CountedEventKind.DateMovedForCustomer:
                    customerMoves++;
                    break;
                default:
                    break;
            }
        }

        return new DigestNumbers
        {
            WarningsSent = warnings,
            WarningsWithLeadTime = leadTimes.Count,
            MedianLeadTimeWorkingDays = Median(leadTimes),
            WarningsWithFullNotice = fullNotice,
            LateWarnings = leadTimes.Count(lead => lead < 0),
            MissedSilently = missed,
            Delivered = delivered,
            DeliveredOnTime = onTime,
            DatesMoved = ourMoves,
            DatesMovedForCustomer = customerMoves,
        };
    }

    /// <summary>The counted events, only those in <paramref name="period"/> when one is given (the rest cost nothing).</summary>
    private static List<CountedEvent> Counted(Commitment commitment, IReadOnlyList<CommitmentEvent> history, ZoneCache zones, DigestPeriod? period)
    {
        var counted = new List<CountedEvent>();
        DueDateTimeline? timeline = null;
        foreach (var recorded in history)
        {
            if (period is { } only && !only.Contains(recorded.At))
            {
                continue;
            }

            switch (recorded.Kind)
            {
                case CommitmentEventKind.WarningSent:
                    var lead = DigestEventData.Number(recorded, DigestEventData.LeadTimeWorkingDays);
                    counted.Add(new(recorded.At, CountedEventKind.Warning, lead, lead >= (commitment.NoticeDays ?? DefaultNoticeDays)));
                    break;
                case CommitmentEventKind.MissedSilently:
                    counted.Add(new(recorded.At, CountedEventKind.MissedSilently));
                    break;
                case CommitmentEventKind.DueDateMoved:
                    counted.Add(new(recorded.At, CountedEventKind.DateMoved));
                    break;
                case CommitmentEventKind.Edited when DigestEventData.EditedDueDate(recorded) is not null:
                    counted.Add(new(recorded.At, DueDateReasons.AskedByCustomer(recorded) ? CountedEventKind.DateMovedForCustomer : CountedEventKind.DateMoved));
                    break;
                case CommitmentEventKind.Delivered:
                    timeline ??= DueDateTimeline.For(commitment, history);
                    counted.Add(new(recorded.At, CountedEventKind.Delivered, Kept: zones.LocalDate(recorded.At, commitment.TimeZone) <= timeline.DueDateAt(recorded.At)));
                    break;
                default:
                    break;
            }
        }

        return counted;
    }

    private static double? Median(List<int> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        values.Sort();
        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2.0;
    }
}
