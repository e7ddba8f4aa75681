using System.Collections.Concurrent;
using StatusBot.Core.Chat;

namespace StatusBot.Storage.Commitments;

/// <summary>
/// What this host last wrote of each commitment's listed copy: its key, version, owners and ETag. The next write replaces
/// the copy guarded by that ETag instead of reading it first: the ETag still matches only if nobody wrote the copy since,
/// so the version it holds is known to be older; when it no longer matches, the writer reads the copy as before. Bounded:
/// past <paramref name="capacity"/> commitments it starts again empty, which costs one read each, never a wrong write.
/// </summary>
internal sealed class ListedCopyTags(int capacity)
{
    private readonly ConcurrentDictionary<(WorkspaceId Workspace, string Id), Tag> _tags = new();

    public Tag? Find(WorkspaceId workspace, string id) => _tags.GetValueOrDefault((workspace, id));

    /// <summary>Remembers the copy as just written, unless a later version is remembered already.</summary>
    public void Remember(WorkspaceId workspace, string id, Tag written)
    {
        if (_tags.Count >= capacity)
        {
            _tags.Clear();
        }

        _tags.AddOrUpdate((workspace, id), written, (_, known) => known.Version >= written.Version ? known : written);
    }

    public void Forget(WorkspaceId workspace, string id) => _tags.TryRemove((workspace, id), out _);

    /// <summary>One listed copy as written: where, which version, filed under whom, and its ETag.</summary>
    public sealed record Tag(string RowKey, long Version, IReadOnlySet<string> Owners, string ETag);
}
