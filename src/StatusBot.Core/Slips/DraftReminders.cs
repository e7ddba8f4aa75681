using StatusBot.Core.CheckIns;

namespace StatusBot.Core.Slips;

/// <summary>
/// When to remind the owner of a draft warning left unfinished: the next working morning (at the
/// check-in time) after they last touched it, then again only once the due date is within
/// <see cref="DailyWithinWorkingDays"/> working days, every working morning from then on, past the due date too,
/// because a late notice is still owed. Nothing is reminded of a warning that is waiting for an approver,
/// sending, sent or cancelled.
/// </summary>
public static class DraftReminders
{
    /// <summary>Inside this many working days of the due date, the owner is reminded every working morning.</summary>
    public const int DailyWithinWorkingDays = 3;

    /// <summary>When to remind the owner next, or null when nothing waits on them.</summary>
    public static DateTimeOffset? Next(SlipState state, DateOnly dueDate, WorkingCalendar calendar, CheckInSettings settings)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(settings);
        if (!state.WaitsOnOwner())
        {
            return null;
        }

        var after = state.LastRemindedAt is { } reminded && reminded > state.UpdatedAt ? reminded : state.UpdatedAt;
        var next = calendar.NextSlot(calendar.ToInstant(calendar.LocalDate(after).AddDays(1), TimeOnly.MinValue), settings.CheckInTime);
        if (state.LastRemindedAt is null || state.LastRemindedAt < state.UpdatedAt)
        {
            return next;
        }

        var dailyFrom = calendar.ToInstant(calendar.AddWorkingDays(calendar.WorkingDayOnOrBefore(dueDate), -DailyWithinWorkingDays), settings.CheckInTime);
        return next >= dailyFrom ? next : dailyFrom;
    }
}
