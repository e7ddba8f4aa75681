using StatusBot.Core.Commitments;

namespace StatusBot.Core.CheckIns;

/// <summary>
/// The next piece of work for one commitment, so a scheduler can file it under its time: do it when due,
/// apply <see cref="CheckInWorkTransitions.After"/>, and ask again.
/// </summary>
public static class CheckInPlanner
{
    /// <summary>
    /// The earliest pending work (reminder, escalation, notice period passed, check-in, missed silently,
    /// late-notice prompt), or null when there is none: closed commitments get nothing, and once the due
    /// date has ended only missed-silently and its prompt to the owner remain.
    /// </summary>
    public static CheckInWork? Next(Commitment commitment, CheckInState state, CheckInSettings settings, DateTimeOffset now) =>
        Pending(commitment, state, settings, now).OrderBy(w => w.At).ThenBy(w => w.Kind).FirstOrDefault();

    /// <summary>Every piece of work pending now, in no particular order (see <see cref="Next"/>).</summary>
    public static IEnumerable<CheckInWork> Pending(Commitment commitment, CheckInState state, CheckInSettings settings, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(settings);
        settings.ThrowIfInvalid();
        if (commitment.Status != CommitmentStatus.Open)
        {
            return [];
        }

        var calendar = new WorkingCalendar(TimeZones.Get(commitment.TimeZone), settings);
        var missed = DeadlinePolicy.MissedSilently(commitment, state, calendar);
        if (now >= calendar.EndOfDay(commitment.DueDate))
        {
            return new[] { missed, DeadlinePolicy.LateNoticePrompt(commitment, state, calendar, now) }.OfType<CheckInWork>();
        }

        var checkIn = CadencePolicy.Next(commitment, state, settings, calendar, now) is { } next
            ? new CheckInWork(CheckInWorkKind.CheckIn, next.At, next.Reason, commitment.DueDate)
            : null;
        CheckInWork?[] all =
        [
            SilencePolicy.Reminder(commitment, state, settings, calendar, now),
            SilencePolicy.Escalation(commitment, state, settings, calendar),
            DeadlinePolicy.NoticePeriodPassed(commitment, state, settings, calendar),
            checkIn,
            missed,
        ];
        return all.OfType<CheckInWork>();
    }
}
