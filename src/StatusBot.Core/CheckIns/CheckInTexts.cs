using StatusBot.Core.Commitments;

namespace StatusBot.Core.CheckIns;

/// <summary>
/// The words of check-ins, reminders, escalations and missed-silently notes, as plain unescaped text:
/// each chat adapter escapes and renders them (user ids become mentions there).
/// </summary>
public static class CheckInTexts
{
    /// <summary>"Is Pilot rollout (due Fri 12 Dec, in 5 days) on track?", plus the customer's notice period when there is one.</summary>
    public static string Question(Commitment commitment, CheckInSettings settings, DateTimeOffset now)
    {
        var (calendar, today) = Today(commitment, settings, now);
        return $"Is {commitment.Title} ({Due(commitment, today)}) on track?{Notice(commitment, calendar, today)}";
    }

    /// <summary>The one reminder of an unanswered check-in.</summary>
    public static string Reminder(Commitment commitment, CheckInSettings settings, DateTimeOffset now)
    {
        var (calendar, today) = Today(commitment, settings, now);
        return $"Reminder: is {commitment.Title} ({Due(commitment, today)}) on track? One answer keeps the team informed.{Notice(commitment, calendar, today)}";
    }

    /// <summary>The note for the project channel when the owner is silent, naming the manager when known.</summary>
    public static string Escalation(Commitment commitment, EscalationTriggers triggers, CheckInSettings settings, DateTimeOffset now, string? manager = null)
    {
        var (_, today) = Today(commitment, settings, now);
        var what = triggers.HasFlag(EscalationTriggers.RepeatedSilence)
            ? $"the last {settings.EscalateAfterUnansweredInARow} check-ins"
            : "the latest check-in";
        var close = triggers.HasFlag(EscalationTriggers.SilenceNearDueDate) ? ", with the due date this close" : string.Empty;
        return $"{commitment.Owner} has not answered {what} about {commitment.Title} for {commitment.Customer} ({Due(commitment, today)}){close}.{Manager(manager)}";
    }

    /// <summary>The direct message to the owner's manager when the owner is silent, with the commitment, the silence and the deadline.</summary>
    public static string ManagerEscalation(Commitment commitment, EscalationTriggers triggers, CheckInSettings settings, DateTimeOffset now)
    {
        var (_, today) = Today(commitment, settings, now);
        var what = triggers.HasFlag(EscalationTriggers.RepeatedSilence)
            ? $"the last {settings.EscalateAfterUnansweredInARow} check-ins"
            : "the latest check-in";
        return $"{commitment.Owner}, who reports to you, has not answered {what} about {commitment.Title} for {commitment.Customer} ({Due(commitment, today)}). "
            + $"The project channel has been told. Could you check with them whether {commitment.Customer} needs a warning?";
    }

    /// <summary>The direct message to the owner's manager when the owner's time off, with no one standing in, covers the due date.</summary>
    public static string AwayNotice(Commitment commitment, People.Person owner, DateOnly awayFrom, CheckInSettings settings, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(owner);
        var (_, today) = Today(commitment, settings, now);
        var away = owner.TimeOff.First(r => r.Start == awayFrom);
        return $"{commitment.Owner}, who reports to you, is away from {DateText.Short(away.Start, today)} to {DateText.Short(away.End, today)}, "
            + $"and {commitment.Title} for {commitment.Customer} is {Due(commitment, today)} in that time, with no one standing in. "
            + $"Could you make sure someone answers for it, or that {commitment.Customer} is warned early?";
    }

    /// <summary>The note for the project channel when the customer's notice period began with the health unknown or at risk.</summary>
    public static string NoticePeriodPassed(Commitment commitment, CheckInSettings settings, DateTimeOffset now, string? manager = null)
    {
        var (calendar, today) = Today(commitment, settings, now);
        var day = DeadlinePolicy.LastResponsibleDay(commitment, calendar) ?? commitment.DueDate;
        var health = commitment.Health == Health.AtRisk ? "at risk" : "not confirmed on track";
        return $"{commitment.Customer} needed {commitment.NoticeDays} working days' notice for {commitment.Title} ({Due(commitment, today)}); "
            + $"the last day to warn them was {DateText.Short(day, today)}, and it is {health}. Owner: {commitment.Owner}.{Manager(manager)}";
    }

    /// <summary>The prompt to the owner (<see cref="CheckInWorkKind.LateNoticePrompt"/>) after a due date was missed silently.</summary>
    public static string MissedSilentlyOwner(Commitment commitment, CheckInSettings settings, DateTimeOffset now)
    {
        var (_, today) = Today(commitment, settings, now);
        return $"{commitment.Title} for {commitment.Customer} was due {DateText.Short(commitment.DueDate, today)} and has passed with no delivery and no warning. "
            + $"Send {commitment.Customer} a late notice now: what happened, a realistic new date, and your plan.";
    }

    /// <summary>The note for the project channel (<see cref="CheckInWorkKind.MissedSilently"/>) when the due date ended with no delivery and no warning.</summary>
    public static string MissedSilentlyChannel(Commitment commitment, CheckInSettings settings, DateTimeOffset now)
    {
        var (_, today) = Today(commitment, settings, now);
        return $"{commitment.Title} for {commitment.Customer} (owner {commitment.Owner}) was due {DateText.Short(commitment.DueDate, today)} "
            + "and was missed silently: not delivered, and the customer was not warned. The owner has been asked to send a late notice.";
    }

    private static (WorkingCalendar Calendar, DateOnly Today) Today(Commitment commitment, CheckInSettings settings, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        ArgumentNullException.ThrowIfNull(settings);
        var calendar = new WorkingCalendar(TimeZones.Get(commitment.TimeZone), settings);
        return (calendar, calendar.LocalDate(now));
    }

    private static string Due(Commitment commitment, DateOnly today) =>
        $"due {DateText.Short(commitment.DueDate, today)}, {DateText.Distance(commitment.DueDate, today)}";

    private static string Notice(Commitment commitment, WorkingCalendar calendar, DateOnly today)
    {
        if (DeadlinePolicy.LastResponsibleDay(commitment, calendar) is not { } day)
        {
            return string.Empty;
        }

        return day >= today
            ? $" If it will slip, tell {commitment.Customer} by {DateText.Short(day, today)} to respect their {commitment.NoticeDays}-day notice."
            : $" {commitment.Customer}'s {commitment.NoticeDays}-day notice began after {DateText.Short(day, today)}: if it will slip, tell them today.";
    }

    private static string Manager(string? manager) => string.IsNullOrWhiteSpace(manager) ? string.Empty : $" Manager: {manager}.";
}
