namespace StatusBot.Core.Commitments;

/// <summary>
/// Plans the work that follows from a commitment as it now stands (its next check-in, reminder or
/// escalation). <see cref="CommitmentService"/> calls it after every change it stores; the check-in layer
/// implements it, so that commitments need not know how check-ins are planned.
/// </summary>
public interface ICommitmentPlanner
{
    /// <summary>Files what is due next for <paramref name="commitment"/>, if anything is.</summary>
    Task PlanAsync(Commitment commitment, CancellationToken cancellationToken = default);
}
