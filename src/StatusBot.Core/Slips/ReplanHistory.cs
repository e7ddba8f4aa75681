using StatusBot.Core.Commitments;

namespace StatusBot.Core.Slips;

/// <summary>One earlier re-plan whose outcome is known.</summary>
/// <param name="MadeAt">When the due date was moved.</param>
/// <param name="AskedDays">Calendar days asked for: from the day of the move to the new date.</param>
/// <param name="ExtraDays">Calendar days needed beyond the new date (0 when it held).</param>
public sealed record ReplanOutcome(DateTimeOffset MadeAt, int AskedDays, int ExtraDays)
{
    /// <summary>The extra time needed as a share of the time asked for (0.4 is 40%).</summary>
    public double Overrun => (double)ExtraDays / AskedDays;
}

/// <summary>Reads the outcomes of re-plans from commitment histories.</summary>
internal static class ReplanHistory
{
    /// <summary>
    /// Each DueDateMoved of <paramref name="history"/> whose outcome is known: it overran when a later
    /// DueDateMoved moved the date further (extra = the further move) or the date was missed silently
    /// (extra = until the next move or delivery, or until <paramref name="today"/>); it held when the
    /// commitment was delivered by then. A re-plan still running is left out: its outcome is not known.
    /// </summary>
    public static IEnumerable<ReplanOutcome> Outcomes(IEnumerable<CommitmentEvent> history, Func<DateTimeOffset, DateOnly> localDate, DateOnly today)
    {
        var events = history.OrderBy(e => e.Sequence).ToList();
        for (var i = 0; i < events.Count; i++)
        {
            if (events[i].Kind != CommitmentEventKind.DueDateMoved || SlipEventData.Date(events[i].Data, SlipEventData.NewDueDate) is not { } promised)
            {
                continue;
            }

            var asked = promised.DayNumber - localDate(events[i].At).DayNumber;
            if (asked > 0 && Extra(events.Skip(i + 1), promised, localDate, today) is { } extra)
            {
                yield return new ReplanOutcome(events[i].At, asked, extra);
            }
        }
    }

    private static int? Extra(IEnumerable<CommitmentEvent> later, DateOnly promised, Func<DateTimeOffset, DateOnly> localDate, DateOnly today)
    {
        var missed = false;
        foreach (var e in later)
        {
            switch (e.Kind)
            {
                case CommitmentEventKind.DueDateMoved when SlipEventData.Date(e.Data, SlipEventData.NewDueDate) is { } next:
                    return Math.Max(0, next.DayNumber - promised.DayNumber);
                case CommitmentEventKind.Delivered:
                    return Math.Max(0, localDate(e.At).DayNumber - promised.DayNumber);
                case CommitmentEventKind.Cancelled:
                    return null;
                case CommitmentEventKind.Edited when CommitmentEdits.EditedDueDate(e) is { } edit && e.Data.GetValueOrDefault(DueDateReasons.Key) is { } reason:
                    // A date the customer asked to move ends what the re-plan can be judged on (unless it had passed by then);
                    // a move of ours is a further move, as a re-plan's is. An edit that gave no reason says neither.
                    return reason == DueDateReasons.Customer
                        ? (localDate(e.At) > promised ? localDate(e.At).DayNumber - promised.DayNumber : null)
                        : Math.Max(0, edit.New.DayNumber - promised.DayNumber);
                case CommitmentEventKind.MissedSilently:
                    missed = true;
                    break;
            }
        }

        return missed ? Math.Max(1, today.DayNumber - promised.DayNumber) : null;
    }
}
