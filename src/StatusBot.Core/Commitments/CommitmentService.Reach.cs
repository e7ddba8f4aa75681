using StatusBot.Core.Chat;

namespace StatusBot.Core.Commitments;

public sealed partial class CommitmentService
{
    /// <summary>
    /// The problems of reaching the people and places <paramref name="commitment"/> names that are still open (see
    /// <see cref="ReachEvents.OpenProblems"/>), oldest first: each an <see cref="CommitmentEventKind.Unreachable"/> event.
    /// </summary>
    public async Task<IReadOnlyList<CommitmentEvent>> ReachProblemsAsync(Commitment commitment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        return commitment.CheckIns.LastUnreachableAt is null
            ? [] // Never a problem recorded: no history to read.
            : ReachEvents.OpenProblems(commitment, await _store.GetHistoryAsync(commitment.Workspace, commitment.Id, cancellationToken));
    }

    /// <summary>Records each finding the platform could not reach as a problem of <paramref name="stored"/>; returns it as it is then.</summary>
    private async Task<Commitment> RecordReachAsync(Commitment stored, IReadOnlyList<ReachFinding> findings, string actor, CancellationToken cancellationToken)
    {
        foreach (var finding in findings.Where(f => f.Answer.Status == ReachabilityStatus.Unreachable))
        {
            stored = await ChangeAsync(stored.Workspace, stored.Id, (c, now) => CommitmentReachCheck.Record(c, finding, actor, now), cancellationToken) ?? stored;
        }

        return stored;
    }
}
