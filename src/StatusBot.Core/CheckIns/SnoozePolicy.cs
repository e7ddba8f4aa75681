using StatusBot.Core.Commitments;

namespace StatusBot.Core.CheckIns;

/// <summary>Turns a snooze choice into the local date check-ins resume on.</summary>
public static class SnoozePolicy
{
    /// <summary>
    /// The date check-ins resume: never before tomorrow and never past the due date (a snooze "until" a later
    /// date still gets the due date's check-in), both read in the commitment's time zone.
    /// </summary>
    /// <param name="commitment">The commitment snoozed.</param>
    /// <param name="option">The owner's choice.</param>
    /// <param name="now">When the owner chose.</param>
    /// <param name="settings">The workspace's settings.</param>
    /// <param name="chosenDate">The date picked, required with <see cref="SnoozeOption.UntilDate"/>.</param>
    public static DateOnly Until(Commitment commitment, SnoozeOption option, DateTimeOffset now, CheckInSettings settings, DateOnly? chosenDate = null)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        ArgumentNullException.ThrowIfNull(settings);
        var today = new WorkingCalendar(TimeZones.Get(commitment.TimeZone), settings).LocalDate(now);
        var wanted = option switch
        {
            SnoozeOption.Tomorrow => today.AddDays(1),
            SnoozeOption.Later => today.AddDays(settings.SnoozeLaterDays),
            SnoozeOption.UntilDate => chosenDate ?? throw new ArgumentException("Snoozing until a date needs the date.", nameof(chosenDate)),
            _ => throw new ArgumentOutOfRangeException(nameof(option), option, "Unknown snooze option."),
        };

        var notBeforeTomorrow = wanted > today ? wanted : today.AddDays(1);
        return notBeforeTomorrow < commitment.DueDate ? notBeforeTomorrow : commitment.DueDate;
    }

    /// <summary>
    /// The change that snoozes <paramref name="commitment"/>'s check-ins until <see cref="Until"/> says, answering the
    /// current one; null for a closed commitment, which is left as it is.
    /// </summary>
    public static CommitmentChange? Snooze(
        Commitment commitment, SnoozeOption option, DateOnly? chosenDate, CheckInSettings settings, string actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        if (commitment.Status != CommitmentStatus.Open)
        {
            return null;
        }

        var until = Until(commitment, option, now, settings, chosenDate);
        return commitment.Record(CommitmentEventKind.Snoozed, actor, now, x => x with { CheckIns = x.CheckIns.OnSnoozed(until, now) },
            new Dictionary<string, string> { ["until"] = until.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) });
    }
}
