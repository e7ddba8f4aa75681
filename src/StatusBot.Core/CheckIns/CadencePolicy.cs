using StatusBot.Core.Commitments;

namespace StatusBot.Core.CheckIns;

/// <summary>
/// When the owner of an open commitment is next asked whether it is on track. The interval tightens as the
/// due date nears (weekly, twice a week, every working day by default) and is counted from the latest of
/// creation, the last check-in and the last answer; check-ins go out at the check-in time on working days,
/// the last one on the morning of the due date (or the last working day before it), none after it.
/// </summary>
public static class CadencePolicy
{
    /// <summary>The next check-in, or null when there is none (closed, or nothing left before the due date ends).</summary>
    public static ScheduledCheckIn? Next(Commitment commitment, CheckInState state, CheckInSettings settings, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        ArgumentNullException.ThrowIfNull(settings);
        settings.ThrowIfInvalid();
        return Next(commitment, state, settings, new WorkingCalendar(TimeZones.Get(commitment.TimeZone), settings), now);
    }

    internal static ScheduledCheckIn? Next(Commitment commitment, CheckInState state, CheckInSettings settings, WorkingCalendar calendar, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (commitment.Status != CommitmentStatus.Open)
        {
            return null;
        }

        var due = commitment.DueDate;
        var lastDay = calendar.WorkingDayOnOrBefore(due);
        var since = Latest(calendar.LocalDate(commitment.CreatedAt), state.LastCheckInAt, state.LastAnswerAt, calendar);
        var today = calendar.LocalDate(now);
        var dueText = DateText.Short(due, today);
        var (date, reason) = ByCadence(commitment, settings, calendar, since, dueText);
        // A snooze puts the next check-in off; it never brings one earlier than the cadence would.
        if (state.SnoozedUntil is { } snoozed && calendar.WorkingDayOnOrAfter(Later(snoozed, since.AddDays(1))) is var woken && woken >= date)
        {
            (date, reason) = (woken, $"snoozed until {DateText.Short(snoozed, today)} (due {dueText})");
        }

        // A snooze is the owner's own choice and wins over the quicker look after "at risk".
        if (state.SnoozedUntil is null && commitment.Health is Health.AtRisk or Health.Slipping)
        {
            var recheck = calendar.AddWorkingDays(since, settings.AtRiskRecheckWorkingDays);
            if (recheck < date)
            {
                var answer = commitment.Health == Health.AtRisk ? "at risk" : "slipping";
                (date, reason) = (recheck, $"again within {settings.AtRiskRecheckWorkingDays} working days of the \"{answer}\" answer (due {dueText})");
            }
        }

        if (date >= lastDay)
        {
            (date, reason) = (lastDay, lastDay == due
                ? $"the morning of the due date ({dueText})"
                : $"the last working day before the due date ({dueText})");
        }

        if (date <= since)
        {
            return null;
        }

        var at = calendar.ToInstant(date, settings.CheckInTime);
        if (at < now)
        {
            // Overdue (the scheduler was away): go now if it is working time, else at the next slot.
            at = calendar.IsWorkingTime(now) ? now : calendar.NextSlot(now, settings.CheckInTime);
        }

        return calendar.LocalDate(at) <= lastDay ? new ScheduledCheckIn(at, reason) : null;
    }

    private static (DateOnly Date, string Reason) ByCadence(Commitment commitment, CheckInSettings settings, WorkingCalendar calendar, DateOnly since, string dueText)
    {
        // The first day whose own interval has elapsed since the last contact; at most the longest interval away.
        for (var day = since.AddDays(1); day < commitment.DueDate; day = day.AddDays(1))
        {
            var daysLeft = commitment.DueDate.DayNumber - day.DayNumber;
            var (interval, rule) = daysLeft > settings.FarThresholdDays
                ? (settings.FarIntervalDays, $"while more than {settings.FarThresholdDays} days before")
                : daysLeft > settings.FinalThresholdDays
                    ? (settings.NearIntervalDays, $"in {DateText.LastDays(settings.FarThresholdDays)} before")
                    : (settings.FinalIntervalDays, $"in {DateText.LastDays(settings.FinalThresholdDays)} before");
            if (day.DayNumber - since.DayNumber >= interval)
            {
                return (calendar.WorkingDayOnOrAfter(day), $"{DateText.Every(interval)} {rule} the due date ({dueText})");
            }
        }

        // No interval elapses before the due date: the due-date rule in Next names the check-in.
        return (commitment.DueDate, string.Empty);
    }

    private static DateOnly Latest(DateOnly created, DateTimeOffset? checkIn, DateTimeOffset? answer, WorkingCalendar calendar)
    {
        var latest = created;
        latest = checkIn is { } c ? Later(latest, calendar.LocalDate(c)) : latest;
        return answer is { } a ? Later(latest, calendar.LocalDate(a)) : latest;
    }

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;
}
