using System.Collections.Concurrent;
using StatusBot.Core.Chat;

namespace StatusBot.Teams.Inbound;

/// <summary>Conversation references in memory: for tests and the local playground; the host replaces it with a durable store.</summary>
public sealed class InMemoryTeamsConversationStore : ITeamsConversationStore
{
    private readonly ConcurrentDictionary<ChatAddress, TeamsConversationReference> _references = new();

    /// <inheritdoc />
    public Task SaveAsync(TeamsConversationReference reference, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reference);
        _references[reference.Address] = reference;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<TeamsConversationReference?> GetAsync(ChatAddress address, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(address);
        return Task.FromResult(_references.GetValueOrDefault(address));
    }

    /// <inheritdoc />
    public Task<TeamsConversationReference?> FindUserAsync(WorkspaceId workspace, string aadObjectId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(aadObjectId);
        return Task.FromResult(_references.Values.FirstOrDefault(r => r.Address.Workspace == workspace && r.Address.Kind == ChatAddressKind.User
            && string.Equals(r.UserAadObjectId, aadObjectId, StringComparison.OrdinalIgnoreCase)));
    }

    /// <inheritdoc />
    public Task<bool> DeleteAsync(ChatAddress address, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(address);
        return Task.FromResult(_references.TryRemove(address, out _));
    }
}
