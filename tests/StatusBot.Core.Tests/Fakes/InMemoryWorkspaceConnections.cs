using StatusBot.Core.Chat;
using System.Collections.Concurrent;
using StatusBot.Core.Workspaces;

namespace StatusBot.Core.Tests.Fakes;

internal sealed class InMemoryWorkspaceConnections : IWorkspaceConnections
{
    private readonly ConcurrentDictionary<WorkspaceId, WorkspaceDisconnection> _disconnected = new();

    public Task<WorkspaceDisconnection?> GetDisconnectionAsync(WorkspaceId workspace, CancellationToken cancellationToken = default) =>
        Task.FromResult(_disconnected.GetValueOrDefault(workspace));

    public Task DisconnectAsync(WorkspaceDisconnection disconnection, CancellationToken cancellationToken = default)
    {
        _disconnected.TryAdd(disconnection.Workspace, disconnection);
        return Task.CompletedTask;
    }

    public Task<bool> ReconnectAsync(WorkspaceId workspace, CancellationToken cancellationToken = default) =>
        Task.FromResult(_disconnected.TryRemove(workspace, out _));
}
