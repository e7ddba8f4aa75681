using StatusBot.Core.Chat;
namespace StatusBot.Core.Commitments;

/// <summary>
/// Where commitments and their histories are kept. A workspace's commitments are read together
/// (one partition); a commitment's history is read together (one partition).
/// </summary>
public interface ICommitmentStore
{
    /// <summary>
    /// Stores a new commitment (version 1) with its first event (<see cref="CommitmentEventKind.Created"/>, sequence 1).
    /// Returns it as stored, with its concurrency token.
    /// </summary>
    /// <exception cref="CommitmentConflictException">A commitment with that id exists.</exception>
    Task<Commitment> CreateAsync(Commitment commitment, CommitmentEvent created, CancellationToken cancellationToken = default);

    /// <summary>Reads one commitment, or null when the workspace has none with that id.</summary>
    Task<Commitment?> GetAsync(WorkspaceId workspace, string id, CancellationToken cancellationToken = default);

    /// <summary>Reads every commitment of a workspace (in no promised order).</summary>
    Task<IReadOnlyList<Commitment>> ListAsync(WorkspaceId workspace, CancellationToken cancellationToken = default);

    /// <summary>Reads the commitments of one project channel of a workspace (in no promised order), for its digest.</summary>
    Task<IReadOnlyList<Commitment>> ListByChannelAsync(WorkspaceId workspace, string channel, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reads the commitments <paramref name="owner"/> owns in a workspace (in no promised order), reading only
    /// that owner's rows, so a person's own list costs the same whatever the size of the workspace.
    /// </summary>
    Task<IReadOnlyList<Commitment>> ListByOwnerAsync(WorkspaceId workspace, string owner, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores the next version of a commitment together with the event that made it. The event's sequence
    /// and the new version must both be one more than the version <paramref name="updated"/> was read at.
    /// Returns it as stored.
    /// </summary>
    /// <exception cref="CommitmentConflictException">It changed since it was read, or it is gone.</exception>
    Task<Commitment> UpdateAsync(Commitment updated, CommitmentEvent change, CancellationToken cancellationToken = default);

    /// <summary>Reads a commitment's history, oldest first; empty when there is no such commitment.</summary>
    Task<IReadOnlyList<CommitmentEvent>> GetHistoryAsync(WorkspaceId workspace, string id, CancellationToken cancellationToken = default);
}
