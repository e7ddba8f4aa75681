using StatusBot.Core.Chat;

namespace StatusBot.Core.Insights;

/// <summary>
/// Where each commitment's <see cref="CommitmentFacts"/> are kept, one workspace to a partition, so that a workspace's
/// trends and calibration are one read however long its histories grow. The commitment store writes a commitment's
/// facts with each of its events, before its listed copy, so kept facts are never behind the listing.
/// </summary>
public interface ICommitmentFactsStore
{
    /// <summary>Every kept facts row of the workspace (in no promised order), and whether they are complete.</summary>
    Task<KeptFacts> ListAsync(WorkspaceId workspace, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores <paramref name="facts"/> unless facts of the same or a later version are stored already, so retries and
    /// writers racing from several hosts settle on the latest version.
    /// </summary>
    Task SaveAsync(WorkspaceId workspace, CommitmentFacts facts, CancellationToken cancellationToken = default);

    /// <summary>Records that every commitment of the workspace with more than its creation has its facts kept.</summary>
    Task MarkCompleteAsync(WorkspaceId workspace, CancellationToken cancellationToken = default);
}

/// <summary>A workspace's kept facts.</summary>
/// <param name="Facts">The facts kept.</param>
/// <param name="Unkept">Commitments whose facts were too long to keep: judge them from their histories.</param>
/// <param name="Complete">
/// True once every commitment with more than its creation was given its facts (<see cref="ICommitmentFactsStore.MarkCompleteAsync"/>);
/// before that (a workspace from before facts were kept), read the listing and judge the missing ones.
/// </param>
public sealed record KeptFacts(IReadOnlyList<CommitmentFacts> Facts, IReadOnlyList<string> Unkept, bool Complete);
