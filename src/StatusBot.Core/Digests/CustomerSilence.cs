using StatusBot.Core.CheckIns;
using StatusBot.Core.Commitments;

namespace StatusBot.Core.Digests;

/// <summary>A warning the customer has left unanswered long enough that someone should ask them.</summary>
internal static class CustomerSilence
{
    /// <summary>Working days (in the commitment's zone) after which an unanswered warning is listed.</summary>
    public const int WorkingDays = 3;

    /// <summary>
    /// True when the latest warning of <paramref name="commitment"/> went out <see cref="WorkingDays"/> or more working days
    /// before <paramref name="now"/> and no answer to it is in <paramref name="history"/>.
    /// </summary>
    public static bool IsSilent(Commitment commitment, IReadOnlyList<CommitmentEvent> history, CheckInSettings settings, ZoneCache zones, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(zones);
        var index = -1;
        for (var i = history.Count - 1; i >= 0 && index < 0; i--)
        {
            index = history[i].Kind == CommitmentEventKind.WarningSent ? i : -1;
        }

        if (index < 0 || DigestEventData.Date(history[index], DigestEventData.OldDueDate) is not { } warnedAbout)
        {
            return false;
        }

        var warning = history[index];
        if (history.Skip(index + 1).Any(e => CustomerAnswers.Of(e) is not null && CustomerAnswers.WarningFor(e) == warnedAbout))
        {
            return false;
        }

        var calendar = new WorkingCalendar(zones.Get(commitment.TimeZone), settings);
        return calendar.WorkingDaysBetween(calendar.LocalDate(warning.At), calendar.LocalDate(now)) >= WorkingDays;
    }
}
