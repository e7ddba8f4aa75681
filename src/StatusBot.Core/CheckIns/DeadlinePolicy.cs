using StatusBot.Core.Commitments;

namespace StatusBot.Core.CheckIns;

/// <summary>
/// The two moments a due date sets: the last responsible moment to warn a customer who needs notice
/// (the end of the working day <see cref="Commitment.NoticeDays"/> working days before the due date), and
/// the end of the due date itself (local midnight), after which an open commitment with no warning is missed silently.
/// </summary>
public static class DeadlinePolicy
{
    /// <summary>The last day to warn the customer within their notice period, or null when they named none.</summary>
    public static DateOnly? LastResponsibleDay(Commitment commitment, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        ArgumentNullException.ThrowIfNull(calendar);
        return commitment.NoticeDays is { } days ? calendar.AddWorkingDays(commitment.DueDate, -days) : null;
    }

    // The work-making methods are called by CheckInPlanner for open commitments only.
    internal static CheckInWork? NoticePeriodPassed(Commitment commitment, CheckInState state, CheckInSettings settings, WorkingCalendar calendar)
    {
        if (LastResponsibleDay(commitment, calendar) is not { } day || state.NoticeEscalatedFor == commitment.DueDate
            || commitment.Health is not (Health.Unknown or Health.AtRisk))
        {
            return null;
        }

        var at = calendar.ToInstant(day, settings.WorkdayEnd);
        if (at <= commitment.CreatedAt)
        {
            // Promised inside the notice period already: there was no moment to miss.
            return null;
        }

        var reason = $"the last day to warn {commitment.Customer} within their {commitment.NoticeDays}-day notice ({DateText.Short(day, day)})";
        return new CheckInWork(CheckInWorkKind.NoticePeriodPassed, at, reason, commitment.DueDate);
    }

    internal static CheckInWork? MissedSilently(Commitment commitment, CheckInState state, WorkingCalendar calendar)
    {
        var due = commitment.DueDate;
        if (state.MissedSilentlyFor == due || state.WarningSentFor == due)
        {
            return null;
        }

        return new CheckInWork(CheckInWorkKind.MissedSilently, calendar.EndOfDay(due), $"the due date ({DateText.Short(due, due)}) ends with no delivery and no warning", due);
    }

    internal static CheckInWork? LateNoticePrompt(Commitment commitment, CheckInState state, WorkingCalendar calendar, DateTimeOffset now)
    {
        var due = commitment.DueDate;
        if (state.MissedSilentlyFor != due || state.LateNoticePromptedFor == due || state.WarningSentFor == due)
        {
            return null;
        }

        // A direct message: the first working time after midnight (or now, if that has passed), not the middle of the night.
        var end = calendar.EndOfDay(due);
        var at = calendar.AddWorkingTime(now > end ? now : end, TimeSpan.Zero);
        return new CheckInWork(CheckInWorkKind.LateNoticePrompt, at, $"the due date ({DateText.Short(due, due)}) was missed silently", due);
    }
}
