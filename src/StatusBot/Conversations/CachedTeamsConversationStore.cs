using System.Collections.Concurrent;
using StatusBot.Core.Chat;
using StatusBot.Teams.Inbound;

namespace StatusBot.Conversations;

/// <summary>
/// Keeps the conversation references this host read or wrote for <see cref="Lifetime"/>, so a proactive send does not
/// read the store each time, and an activity that brings the same reference again (every personal message does) is not
/// written again. What was deleted here is forgotten at once; a change made on another host is seen within
/// <see cref="Lifetime"/>. A missing reference is never remembered, so an install on another host counts at once.
/// </summary>
internal sealed class CachedTeamsConversationStore(ITeamsConversationStore inner, TimeProvider time) : ITeamsConversationStore
{
    /// <summary>How long a reference is trusted without reading the store.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    /// <summary>The most references kept; past it the cache starts again (the store still has them all).</summary>
    public const int Capacity = 50_000;

    private readonly ConcurrentDictionary<ChatAddress, (TeamsConversationReference Reference, DateTimeOffset Until)> _known = new();
    private long _remembered;

    public async Task SaveAsync(TeamsConversationReference reference, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (Fresh(reference.Address) == reference)
        {
            return;
        }

        await inner.SaveAsync(reference, cancellationToken);
        Remember(reference);
    }

    public async Task<TeamsConversationReference?> GetAsync(ChatAddress address, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (Fresh(address) is { } known)
        {
            return known;
        }

        var read = await inner.GetAsync(address, cancellationToken);
        if (read is not null)
        {
            Remember(read);
        }

        return read;
    }

    public Task<TeamsConversationReference?> FindUserAsync(WorkspaceId workspace, string aadObjectId, CancellationToken cancellationToken = default) =>
        inner.FindUserAsync(workspace, aadObjectId, cancellationToken);

    public Task<bool> DeleteAsync(ChatAddress address, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(address);
        _known.TryRemove(address, out _);
        return inner.DeleteAsync(address, cancellationToken);
    }

    private TeamsConversationReference? Fresh(ChatAddress address) =>
        _known.TryGetValue(address, out var entry) && entry.Until > time.GetUtcNow() ? entry.Reference : null;

    private void Remember(TeamsConversationReference reference)
    {
        // Counting a concurrent dictionary takes all its locks: look only now and then.
        if (Interlocked.Increment(ref _remembered) % 1024 == 0 && _known.Count >= Capacity)
        {
            _known.Clear();
        }

        _known[reference.Address] = (reference, time.GetUtcNow() + Lifetime);
    }
}
