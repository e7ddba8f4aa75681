using StatusBot.Core.Chat;
namespace StatusBot.Core.CheckIns;

/// <summary>
/// Wake-up calls for commitments, filed by time (time-bucketed partitions), so the scheduler reads only what is due and never
/// scans every commitment. A wake-up only says "look at this commitment now": what is due is decided
/// afresh from the commitment itself, so a stale or duplicate wake-up does no harm.
/// </summary>
public interface IWakeUpSchedule
{
    /// <summary>Files a wake-up for all of a commitment's work at <paramref name="at"/>; filing the same one twice files it once.</summary>
    Task ScheduleAsync(WorkspaceId workspace, string commitmentId, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        ScheduleAsync(workspace, commitmentId, at, WakeUpScope.All, cancellationToken);

    /// <summary>
    /// Files a wake-up at <paramref name="at"/> for the work <paramref name="scope"/> names; filing the same one twice files it
    /// once, and wake-ups of different scopes at the same moment are kept apart (neither swallows the other).
    /// </summary>
    Task ScheduleAsync(WorkspaceId workspace, string commitmentId, DateTimeOffset at, WakeUpScope scope, CancellationToken cancellationToken = default);

    /// <summary>Wake-ups due at <paramref name="now"/> and not claimed by a live lease, oldest first, at most <paramref name="max"/>.</summary>
    Task<IReadOnlyList<WakeUp>> ReadDueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken = default);

    /// <summary>
    /// Claims a wake-up for <paramref name="owner"/> until <paramref name="leaseUntil"/>; null when another
    /// claimed it first. A claim whose lease runs out can be taken by anyone, so a crashed host loses no work.
    /// </summary>
    Task<WakeUp?> TryClaimAsync(WakeUp wakeUp, string owner, DateTimeOffset leaseUntil, CancellationToken cancellationToken = default);

    /// <summary>Removes a claimed wake-up once its work is done.</summary>
    Task CompleteAsync(WakeUp claimed, CancellationToken cancellationToken = default);

    /// <summary>
    /// Holds a commitment for <paramref name="owner"/> until <paramref name="until"/> while it does the commitment's due work,
    /// so two wake-ups of one commitment (one for the check-ins and one for everything, or a retry) never run on two hosts at
    /// once. Null while another holder's time runs. A hold whose holder died or ran out of time is taken over, and says so.
    /// </summary>
    Task<CommitmentHold?> TryHoldAsync(WorkspaceId workspace, string commitmentId, string owner, DateTimeOffset until, CancellationToken cancellationToken = default);

    /// <summary>
    /// Lets go of a hold once its work is done and recorded. A hold let go is gone: the next one is not a take-over. Nothing
    /// happens when another holder has taken it over meanwhile.
    /// </summary>
    Task ReleaseAsync(CommitmentHold hold, CancellationToken cancellationToken = default);
}

/// <summary>One host's hold on a commitment's due work.</summary>
/// <param name="Workspace">The commitment's workspace.</param>
/// <param name="CommitmentId">The commitment held.</param>
/// <param name="Token">The schedule's opaque handle on the hold (its stored version).</param>
public sealed record CommitmentHold(WorkspaceId Workspace, string CommitmentId, string Token)
{
    /// <summary>
    /// True when the hold was taken over from a holder that never let go (it died, or its time ran out): that holder's
    /// messages may have gone out without their receipts, so the work looks for each before sending it.
    /// </summary>
    public bool TookOver { get; init; }
}

/// <summary>One wake-up call.</summary>
/// <param name="Workspace">The commitment's workspace.</param>
/// <param name="CommitmentId">The commitment to look at.</param>
/// <param name="At">When it falls due.</param>
/// <param name="Token">The schedule's opaque handle on this wake-up (its stored version).</param>
public sealed record WakeUp(WorkspaceId Workspace, string CommitmentId, DateTimeOffset At, string Token)
{
    /// <summary>
    /// True when a host claimed it before and never completed it (it died, or its lease ran out): that host's messages
    /// may have gone out without their receipts, so the work looks for them before sending again.
    /// </summary>
    public bool ClaimedBefore { get; init; }

    /// <summary>The work it was filed for.</summary>
    public WakeUpScope Scope { get; init; } = WakeUpScope.All;
}

/// <summary>What a wake-up was filed for.</summary>
public enum WakeUpScope
{
    /// <summary>Everything due for the commitment: its check-ins and its slip conversation.</summary>
    All,

    /// <summary>
    /// Only the check-ins' next step, as their plan filed it: the slip conversation files its own wake-ups for its timed
    /// steps, so its state is not read for this one.
    /// </summary>
    CheckIns,
}
