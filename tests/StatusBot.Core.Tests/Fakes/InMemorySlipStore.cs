using StatusBot.Core.Chat;
using StatusBot.Core.Slips;

namespace StatusBot.Core.Tests.Fakes;

/// <summary>The slip store in memory, with the same token rules as the real one.</summary>
internal sealed class InMemorySlipStore : ISlipStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(WorkspaceId, string), StoredSlip> _slips = [];
    private int _version;

    /// <summary>How many states were stored.</summary>
    public int Saves { get; private set; }

    /// <summary>How many conversations were read one by one.</summary>
    public int Reads { get; private set; }

    public Task<StoredSlip?> GetAsync(WorkspaceId workspace, string commitmentId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            Reads++;
            return Task.FromResult(_slips.GetValueOrDefault((workspace, commitmentId)));
        }
    }

    public Task<StoredSlip> SaveAsync(SlipState state, string? expectedToken, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var key = (state.Workspace, state.CommitmentId);
            if (_slips.GetValueOrDefault(key)?.ConcurrencyToken != expectedToken)
            {
                throw new SlipConflictException($"{state.CommitmentId} changed");
            }

            Saves++;
            var stored = new StoredSlip(state, "v" + ++_version);
            _slips[key] = stored;
            return Task.FromResult(stored);
        }
    }

    public Task<IReadOnlyList<SlipState>> ListOpenByOwnerAsync(WorkspaceId workspace, string owner, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<SlipState>>([.. _slips.Values.Select(s => s.State).Where(s => s.Workspace == workspace && s.Owner == owner && s.WaitsOnOwner())]);
        }
    }
}
