using StatusBot.Core.Commitments;
using StatusBot.Core.Digests;

namespace StatusBot.Core.Insights;

/// <summary>
/// What one commitment adds to its workspace's trends and to its owner's calibration, judged from its whole history at
/// one version: small enough to keep beside the commitment, so the dashboard sums these instead of reading every history.
/// A pure function of the commitment and its history, so writing it twice, or from two hosts, writes the same thing.
/// </summary>
/// <param name="Id">The commitment's id.</param>
/// <param name="Channel">Its project channel.</param>
/// <param name="Owner">Its owner, who is credited with its answers.</param>
/// <param name="Version">The version judged (the number of events in the history read).</param>
/// <param name="Counted">The events the trend numbers count, oldest first.</param>
/// <param name="Answers">What its check-ins and answers add to the owner's calibration.</param>
public sealed record CommitmentFacts(string Id, string Channel, string Owner, long Version, IReadOnlyList<CountedEvent> Counted, AnswerCounts Answers)
{
    /// <summary>The facts of <paramref name="commitment"/> with its <paramref name="history"/> (oldest first).</summary>
    public static CommitmentFacts For(Commitment commitment, IReadOnlyList<CommitmentEvent> history)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        ArgumentNullException.ThrowIfNull(history);
        return new(commitment.Id, commitment.Channel, commitment.Owner, commitment.Version,
            DigestNumbers.Counted(commitment, history), AnswerCounts.For(commitment, history));
    }

    /// <summary>
    /// The facts after <paramref name="change"/>, from <paramref name="previous"/> (the version before it) without reading the
    /// history, when the change can only add a check-in sent or nothing the facts hold (a reminder, an escalation, a snooze,
    /// a reach problem, a notice); null when the history must be judged again.
    /// </summary>
    public static CommitmentFacts? After(CommitmentFacts previous, Commitment updated, CommitmentEvent change)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(updated);
        ArgumentNullException.ThrowIfNull(change);
        if (previous.Version != change.Sequence - 1 || updated.Version != change.Sequence || previous.Id != updated.Id
            || previous.Owner != updated.Owner || previous.Channel != updated.Channel)
        {
            return null;
        }

        return change.Kind switch
        {
            CommitmentEventKind.CheckInSent => previous with
            {
                Version = change.Sequence, Answers = previous.Answers with { CheckInsSent = previous.Answers.CheckInsSent + 1 },
            },
            CommitmentEventKind.Reminded or CommitmentEventKind.Escalated or CommitmentEventKind.Snoozed or CommitmentEventKind.Unreachable
                or CommitmentEventKind.AwayNoticeSent or CommitmentEventKind.LateNoticePrompted => previous with { Version = change.Sequence },
            _ => null,
        };
    }

    /// <summary>
    /// The facts of a commitment that has only its creation (version 1): nothing counted, so no history needs reading.
    /// </summary>
    public static CommitmentFacts Created(Commitment commitment)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        return commitment.Version <= 1
            ? new(commitment.Id, commitment.Channel, commitment.Owner, commitment.Version, [], AnswerCounts.None)
            : throw new ArgumentException($"Commitment {commitment.Id} is at version {commitment.Version}: its facts need its history.", nameof(commitment));
    }
}
