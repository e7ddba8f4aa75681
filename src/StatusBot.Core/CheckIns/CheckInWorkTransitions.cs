using StatusBot.Core.Commitments;

namespace StatusBot.Core.CheckIns;

/// <summary>How a piece of check-in work, once done, changes the check-in record a commitment carries.</summary>
public static class CheckInWorkTransitions
{
    /// <summary>The state after <paramref name="work"/> was done at <paramref name="at"/>.</summary>
    public static CheckInState After(this CheckInState state, CheckInWork work, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(work);
        return work.Kind switch
        {
            CheckInWorkKind.CheckIn => state.OnCheckInSent(at),
            CheckInWorkKind.Reminder => state.OnReminded(),
            CheckInWorkKind.Escalation => state.OnEscalated(work.Triggers),
            CheckInWorkKind.NoticePeriodPassed => state.OnNoticePeriodEscalated(work.DueDate),
            CheckInWorkKind.MissedSilently => state.OnMissedSilently(work.DueDate),
            CheckInWorkKind.LateNoticePrompt => state.OnLateNoticePrompted(work.DueDate),
            CheckInWorkKind.AwayNotice => state.OnAwayNoticeSent(work.AwayFrom ?? throw new ArgumentException("An away notice names the time off it tells of.", nameof(work))),
            _ => throw new ArgumentOutOfRangeException(nameof(work), work.Kind, "Unknown kind of check-in work."),
        };
    }
}
