using StatusBot.Core.Chat;
namespace StatusBot.Core.Workspaces;

/// <summary>
/// Which workspaces the bot has been removed from (the app uninstalled, its token revoked). No scheduled
/// work runs for a disconnected workspace; its commitments and settings are kept for a reinstall.
/// </summary>
public interface IWorkspaceConnections
{
    /// <summary>Why and when the workspace was disconnected, or null while it is connected.</summary>
    Task<WorkspaceDisconnection?> GetDisconnectionAsync(WorkspaceId workspace, CancellationToken cancellationToken = default);

    /// <summary>Marks the workspace disconnected; marking it again keeps the first record.</summary>
    Task DisconnectAsync(WorkspaceDisconnection disconnection, CancellationToken cancellationToken = default);

    /// <summary>Clears the mark; true when the workspace was disconnected.</summary>
    Task<bool> ReconnectAsync(WorkspaceId workspace, CancellationToken cancellationToken = default);
}

/// <summary>A workspace the bot was removed from.</summary>
/// <param name="Workspace">The workspace, such as <c>slack-T0123</c>.</param>
/// <param name="Reason">What the platform said, such as <c>app_uninstalled</c>.</param>
/// <param name="At">When it was marked.</param>
public sealed record WorkspaceDisconnection(WorkspaceId Workspace, string Reason, DateTimeOffset At);
