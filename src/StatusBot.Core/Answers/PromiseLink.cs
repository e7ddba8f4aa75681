using StatusBot.Core.Chat;

namespace StatusBot.Core.Answers;

/// <summary>
/// A shared link to one customer's promise page in one workspace: the signed address carries only the workspace and
/// <see cref="Id"/>, and the page is shown only while this record says it has not been revoked.
/// </summary>
/// <param name="Workspace">Whose commitments it shows.</param>
/// <param name="Id">The link's id, unique in the workspace.</param>
/// <param name="Customer">The customer whose commitments it shows (as the commitments name them).</param>
/// <param name="CreatedBy">Who made it.</param>
/// <param name="CreatedAt">When.</param>
/// <param name="ExpiresAt">When its signed address stops working.</param>
public sealed record PromiseLink(WorkspaceId Workspace, string Id, string Customer, string CreatedBy, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt)
{
    /// <summary>When it was revoked; null while it works.</summary>
    public DateTimeOffset? RevokedAt { get; init; }

    /// <summary>Who revoked it; null while it works.</summary>
    public string? RevokedBy { get; init; }
}

/// <summary>Where promise links are kept, so a revocation holds on every host.</summary>
public interface IPromiseLinkStore
{
    /// <summary>Stores a new link.</summary>
    Task CreateAsync(PromiseLink link, CancellationToken cancellationToken = default);

    /// <summary>One link of a workspace, or null.</summary>
    Task<PromiseLink?> GetAsync(WorkspaceId workspace, string id, CancellationToken cancellationToken = default);

    /// <summary>Every link of a workspace, revoked ones included.</summary>
    Task<IReadOnlyList<PromiseLink>> ListAsync(WorkspaceId workspace, CancellationToken cancellationToken = default);

    /// <summary>
    /// Revokes a link (a second revocation keeps the first's time and author); returns it as stored, or null when the
    /// workspace has no such link.
    /// </summary>
    Task<PromiseLink?> RevokeAsync(WorkspaceId workspace, string id, string by, DateTimeOffset at, CancellationToken cancellationToken = default);
}
