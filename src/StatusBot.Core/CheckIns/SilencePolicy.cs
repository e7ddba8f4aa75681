using System.Globalization;
using StatusBot.Core.Commitments;

namespace StatusBot.Core.CheckIns;

/// <summary>
/// What follows an unanswered check-in: one reminder after <see cref="CheckInSettings.ReminderDelay"/> of
/// working time, and an escalation once it counts as unanswered (<see cref="CheckInSettings.UnansweredAfter"/>)
/// when it is one of several in a row or was sent close to the due date. Both happen by the end of the
/// last working day on or before the due date; after that, missed-silently takes over.
/// </summary>
/// <remarks>Called by <see cref="CheckInPlanner"/> for open commitments only.</remarks>
internal static class SilencePolicy
{
    public static CheckInWork? Reminder(Commitment commitment, CheckInState state, CheckInSettings settings, WorkingCalendar calendar, DateTimeOffset now)
    {
        var cutoff = Cutoff(commitment, settings, calendar);
        if (state.LastCheckInAt is not { } sent || state.Answered || state.ReminderSent || sent >= cutoff)
        {
            return null;
        }

        // An overdue reminder waits for working time: it is a direct message, never sent in the night.
        var at = Min(calendar.AddWorkingTime(sent, settings.ReminderDelay), cutoff);
        at = at < now ? calendar.AddWorkingTime(now, TimeSpan.Zero) : at;
        if (at > cutoff)
        {
            return null;
        }

        var reason = string.Create(CultureInfo.InvariantCulture, $"no answer {settings.ReminderDelay.TotalHours:0.#} working hours after the check-in of {calendar.Local(sent):ddd d MMM HH:mm}");
        return new CheckInWork(CheckInWorkKind.Reminder, at, reason, commitment.DueDate);
    }

    public static CheckInWork? Escalation(Commitment commitment, CheckInState state, CheckInSettings settings, WorkingCalendar calendar)
    {
        var cutoff = Cutoff(commitment, settings, calendar);
        if (state.LastCheckInAt is not { } sent || state.Answered || sent >= cutoff)
        {
            return null;
        }

        var triggers = EscalationTriggers.None;
        var inARow = state.UnansweredInARow + 1;
        if (inARow >= settings.EscalateAfterUnansweredInARow)
        {
            triggers |= EscalationTriggers.RepeatedSilence;
        }

        var workingDaysLeft = calendar.WorkingDaysBetween(calendar.LocalDate(sent), commitment.DueDate);
        if (workingDaysLeft <= settings.EscalateWithinWorkingDays)
        {
            triggers |= EscalationTriggers.SilenceNearDueDate;
        }

        triggers &= ~state.SilenceEscalated;
        if (triggers == EscalationTriggers.None)
        {
            return null;
        }

        var at = Min(calendar.AddWorkingTime(sent, settings.UnansweredAfter), cutoff);
        var reason = triggers.HasFlag(EscalationTriggers.RepeatedSilence)
            ? $"{inARow} check-ins in a row unanswered"
            : $"a check-in {workingDaysLeft} working days before the due date unanswered";
        return new CheckInWork(CheckInWorkKind.Escalation, at, reason, commitment.DueDate, triggers);
    }

    // The end of the last working day on or before the due date.
    private static DateTimeOffset Cutoff(Commitment commitment, CheckInSettings settings, WorkingCalendar calendar) =>
        calendar.ToInstant(calendar.WorkingDayOnOrBefore(commitment.DueDate), settings.WorkdayEnd);

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
