using StatusBot.Core.Chat;
using StatusBot.Core.Commitments;

namespace StatusBot.Core.Tests.Fakes;

/// <summary>The commitment store in memory, with the same version rules as the real one.</summary>
internal sealed class InMemoryCommitmentStore : ICommitmentStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(WorkspaceId, string), Commitment> _heads = [];
    private readonly Dictionary<(WorkspaceId, string), List<CommitmentEvent>> _history = [];
    private int _reads;
    private int _wholeListings;

    /// <summary>How many times one commitment was read (<see cref="GetAsync"/>), for tests of what a click costs.</summary>
    public int Reads => Volatile.Read(ref _reads);

    public Task<Commitment> CreateAsync(Commitment commitment, CommitmentEvent created, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var key = (commitment.Workspace, commitment.Id);
            if (_heads.ContainsKey(key))
            {
                throw new CommitmentConflictException($"{commitment.Id} exists");
            }

            var stored = commitment with { Version = 1, ConcurrencyToken = "1" };
            _heads[key] = stored;
            _history[key] = [created];
            return Task.FromResult(stored);
        }
    }

    public Task<Commitment?> GetAsync(WorkspaceId workspace, string id, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _reads);
        lock (_gate)
        {
            return Task.FromResult(_heads.GetValueOrDefault((workspace, id)));
        }
    }

    public Task<IReadOnlyList<Commitment>> ListAsync(WorkspaceId workspace, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _wholeListings);
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<Commitment>>(_heads.Values.Where(c => c.Workspace == workspace).ToList());
        }
    }

    public Task<IReadOnlyList<Commitment>> ListByChannelAsync(WorkspaceId workspace, string channel, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<Commitment>>(_heads.Values.Where(c => c.Workspace == workspace && c.Channel == channel).ToList());
        }
    }

    /// <summary>How many times a workspace was listed whole (<see cref="ListAsync"/>), for tests that a person's own paths never do.</summary>
    public int WholeListings => Volatile.Read(ref _wholeListings);

    public Task<IReadOnlyList<Commitment>> ListByOwnerAsync(WorkspaceId workspace, string owner, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<Commitment>>(_heads.Values.Where(c => c.Workspace == workspace && CoOwners.All(c).Contains(owner, StringComparer.Ordinal)).ToList());
        }
    }

    public Task<Commitment> UpdateAsync(Commitment updated, CommitmentEvent change, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var key = (updated.Workspace, updated.Id);
            if (!_heads.TryGetValue(key, out var current) || current.ConcurrencyToken != updated.ConcurrencyToken
                || updated.Version != current.Version + 1 || change.Sequence != updated.Version)
            {
                throw new CommitmentConflictException($"{updated.Id} changed");
            }

            var stored = updated with { ConcurrencyToken = updated.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) };
            _heads[key] = stored;
            _history[key].Add(change);
            return Task.FromResult(stored);
        }
    }

    /// <summary>How many histories were read.</summary>
    public int HistoryReads { get; private set; }

    public Task<IReadOnlyList<CommitmentEvent>> GetHistoryAsync(WorkspaceId workspace, string id, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            HistoryReads++;
            return Task.FromResult<IReadOnlyList<CommitmentEvent>>(_history.TryGetValue((workspace, id), out var events) ? [.. events] : []);
        }
    }
}
