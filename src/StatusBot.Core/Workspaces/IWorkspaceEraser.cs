using StatusBot.Core.Chat;

namespace StatusBot.Core.Workspaces;

/// <summary>Deletes what StatusBot keeps about a workspace's commitments and people, at an admin's request.</summary>
public interface IWorkspaceEraser
{
    /// <summary>
    /// Deletes the workspace's commitments with their histories and warning drafts, its people directory, its settings
    /// (check-in rules, holidays, digest schedules) and the receipts of messages sent in it. Safe to repeat after a failure part-way: it deletes what is left.
    /// </summary>
    Task<WorkspaceErasure> EraseAsync(WorkspaceId workspace, CancellationToken cancellationToken = default);
}

/// <summary>What an erasure deleted.</summary>
/// <param name="Commitments">Commitments deleted.</param>
/// <param name="Events">Events of their histories deleted.</param>
/// <param name="People">People deleted from the directory.</param>
/// <param name="Settings">Settings rows deleted (check-in rules and holidays, digest schedules).</param>
/// <param name="Receipts">Receipts of sent messages deleted (who got which message id, by idempotency key).</param>
public sealed record WorkspaceErasure(int Commitments, int Events, int People, int Settings, int Receipts = 0);
