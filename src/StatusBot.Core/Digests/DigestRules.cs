using StatusBot.Core.CheckIns;
using StatusBot.Core.Commitments;

namespace StatusBot.Core.Digests;

/// <summary>Which section, if any, an open commitment belongs in: the first rule it meets, most urgent first.</summary>
internal static class DigestRules
{
    /// <summary>Commitments due within this many days (or overdue after a warning) are listed as due soon.</summary>
    public const int DueSoonDays = 7;

    /// <summary>
    /// The section of <paramref name="commitment"/>, given its <paramref name="daysLeft"/> in its zone and its
    /// <paramref name="reachProblem"/> still open (see <see cref="ReachEvents.OpenProblem"/>) and whether its customer has left the
    /// latest warning unanswered (<see cref="CustomerSilence"/>), or null when it needs no
    /// attention. Closed commitments need none.
    /// </summary>
    public static DigestSectionKind? SectionOf(
        Commitment commitment, int daysLeft, CheckInSettings settings, ZoneCache zones, DateTimeOffset now, CommitmentEvent? reachProblem = null, bool customerSilent = false)
    {
        if (commitment.Status != CommitmentStatus.Open)
        {
            return null;
        }

        // First: while nobody can be reached, every other section's news goes unheard.
        if (reachProblem is not null)
        {
            return DigestSectionKind.CannotReach;
        }

        var checkIns = commitment.CheckIns;
        var warned = checkIns.WarningSentFor == commitment.DueDate;
        if (commitment.Health == Health.Slipping && !warned)
        {
            return DigestSectionKind.SlippingNotWarned;
        }

        // Recorded by the scheduler, or not yet: the due date has ended in its zone with no warning.
        // A missed date later moved (a late notice with a new date) is no longer silent: the number counts it.
        if (checkIns.MissedSilentlyFor == commitment.DueDate || (daysLeft < 0 && !warned))
        {
            return DigestSectionKind.MissedSilently;
        }

        if (commitment.Health == Health.AtRisk)
        {
            return DigestSectionKind.AtRisk;
        }

        if (IsNotAnswering(commitment, settings, zones, now))
        {
            return DigestSectionKind.OwnerNotAnswering;
        }

        if (customerSilent)
        {
            return DigestSectionKind.CustomerNotAnswering;
        }

        return daysLeft <= DueSoonDays ? DigestSectionKind.DueWithinWeek : null;
    }

    /// <summary>
    /// True when whether the customer left the latest warning unanswered decides the section of <paramref name="commitment"/>:
    /// it meets no more urgent rule. Otherwise its history need not be read for that.
    /// </summary>
    public static bool HingesOnCustomerSilence(Commitment commitment, CheckInSettings settings, ZoneCache zones, DateTimeOffset now)
    {
        var daysLeft = commitment.DueDate.DayNumber - zones.LocalDate(now, commitment.TimeZone).DayNumber;
        return SectionOf(commitment, daysLeft, settings, zones, now, customerSilent: true) == DigestSectionKind.CustomerNotAnswering;
    }

    /// <summary>
    /// Earlier check-ins went unanswered, or the latest has waited <see cref="CheckInSettings.UnansweredAfter"/>
    /// of working time (the same measure that escalates silence).
    /// </summary>
    private static bool IsNotAnswering(Commitment commitment, CheckInSettings settings, ZoneCache zones, DateTimeOffset now)
    {
        var checkIns = commitment.CheckIns;
        if (checkIns.UnansweredInARow >= 1)
        {
            return true;
        }

        if (checkIns.LastCheckInAt is not { } sent || checkIns.Answered || now - sent < settings.UnansweredAfter)
        {
            return false;
        }

        var calendar = new WorkingCalendar(zones.Get(commitment.TimeZone), settings);
        return calendar.WorkingTimeBetween(sent, now) >= settings.UnansweredAfter;
    }
}
