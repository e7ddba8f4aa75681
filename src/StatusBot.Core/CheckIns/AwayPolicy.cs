using System.Globalization;
using StatusBot.Core.Commitments;
using StatusBot.Core.People;

namespace StatusBot.Core.CheckIns;

/// <summary>
/// When the owner will be away on the due date with no one standing in, someone must know before they go: their manager
/// is told once, on the owner's last working day before the time off (at once when that has passed).
/// </summary>
public static class AwayPolicy
{
    /// <summary>The notice to the manager, or null when none is owed (no manager, a delegate stands in, no time off covers the due date, or told already).</summary>
    public static CheckInWork? Notice(Commitment commitment, CheckInState state, CheckInSettings ownerSettings, Person? owner)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(ownerSettings);
        if (owner is not { Manager: not null, Delegate: null }
            || owner.TimeOff.Where(r => r.Contains(commitment.DueDate)).Cast<DateRange?>().FirstOrDefault() is not { } away
            || state.AwayNoticeFor == away.Start)
        {
            return null;
        }

        var from = away.Start;

        // The calendar the owner works by, without the time off itself: the notice goes on their last day in.
        var calendar = new WorkingCalendar(PersonalTime.Zone(owner, commitment.TimeZone), ownerSettings);
        var lastDayIn = calendar.WorkingDayOnOrBefore(from.AddDays(-1));
        var at = calendar.ToInstant(lastDayIn, ownerSettings.CheckInTime);
        var reason = string.Create(CultureInfo.InvariantCulture, $"the owner is away from {from:ddd d MMM} to {away.End:ddd d MMM}, over the due date, and no one stands in");
        return new CheckInWork(CheckInWorkKind.AwayNotice, at, reason, commitment.DueDate, AwayFrom: from);
    }
}
