using StatusBot.Core.Commitments;
using StatusBot.Core.People;

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
    /// date has ended only missed-silently and its prompt to the owner remain. What goes to the owner (check-ins,
    /// reminders, and the silence they leave) is timed in <paramref name="owner"/>'s time (see <see cref="PersonalTime"/>);
    /// what is about the due date, in the commitment's zone.
    /// </summary>
    public static CheckInWork? Next(Commitment commitment, CheckInState state, CheckInSettings settings, DateTimeOffset now, Person? owner = null) =>
        Pending(commitment, state, settings, now, owner).OrderBy(w => w.At).ThenBy(w => w.Kind).FirstOrDefault();

    /// <summary>Every piece of work pending now, in no particular order (see <see cref="Next"/>).</summary>
    public static IEnumerable<CheckInWork> Pending(Commitment commitment, CheckInState state, CheckInSettings settings, DateTimeOffset now, Person? owner = null)
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

        var ownerSettings = PersonalTime.Settings(settings, owner);
        var ownerCalendar = PersonalTime.Calendar(owner, commitment.TimeZone, settings);
        var checkIn = CadencePolicy.Next(commitment, state, ownerSettings, ownerCalendar, now) is { } next
            ? new CheckInWork(CheckInWorkKind.CheckIn, next.At, next.Reason, commitment.DueDate)
            : null;
        CheckInWork?[] all =
        [
            SilencePolicy.Reminder(commitment, state, ownerSettings, ownerCalendar, now),
            SilencePolicy.Escalation(commitment, state, ownerSettings, ownerCalendar),
            DeadlinePolicy.NoticePeriodPassed(commitment, state, settings, calendar),
            AwayPolicy.Notice(commitment, state, ownerSettings, owner),
            checkIn,
            missed,
        ];
        return all.OfType<CheckInWork>();
    }
}
