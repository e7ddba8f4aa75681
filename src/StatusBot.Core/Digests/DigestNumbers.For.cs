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
        ZoneCache zones)
    {
        var leadTimes = new List<int>();
        int warnings = 0, fullNotice = 0, missed = 0, delivered = 0, onTime = 0, ourMoves = 0, customerMoves = 0;
        foreach (var commitment in commitments)
        {
            if (!histories.TryGetValue(commitment.Id, out var history))
            {
                continue;
            }

            DueDateTimeline? timeline = null;
            foreach (var recorded in history)
            {
                if (!period.Contains(recorded.At))
                {
                    continue;
                }

                switch (recorded.Kind)
                {
                    case CommitmentEventKind.WarningSent:
                        warnings++;
                        if (DigestEventData.Number(recorded, DigestEventData.LeadTimeWorkingDays) is { } lead)
                        {
                            leadTimes.Add(lead);
                            fullNotice += lead >= (commitment.NoticeDays ?? DefaultNoticeDays) ? 1 : 0;
                        }

                        break;
                    case CommitmentEventKind.MissedSilently:
                        missed++;
                        break;
                    case CommitmentEventKind.DueDateMoved:
                        ourMoves++;
                        break;
                    case CommitmentEventKind.Edited when DigestEventData.EditedDueDate(recorded) is not null:
                        _ = DueDateReasons.AskedByCustomer(recorded) ? customerMoves++ : ourMoves++;
                        break;
                    case CommitmentEventKind.Delivered:
                        delivered++;
                        timeline ??= DueDateTimeline.For(commitment, history);
                        onTime += zones.LocalDate(recorded.At, commitment.TimeZone) <= timeline.DueDateAt(recorded.At) ? 1 : 0;
                        break;
                    default:
                        break;
                }
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
