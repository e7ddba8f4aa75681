using StatusBot.Core.Chat;
using StatusBot.Core.CheckIns;

namespace StatusBot.Core.Tests.Fakes;

/// <summary>The wake-up schedule in memory: the same claim and lease rules, no buckets.</summary>
internal sealed class InMemoryWakeUpSchedule : IWakeUpSchedule
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (WakeUp WakeUp, int Version, DateTimeOffset? LeaseUntil)> _rows = [];
    private readonly Dictionary<string, (string Token, DateTimeOffset Until)> _holds = [];
    private readonly TimeProvider _time;
    private int _holdsGiven;

    /// <summary>Holds run out by <paramref name="time"/> (the system clock without one).</summary>
    public InMemoryWakeUpSchedule(TimeProvider? time = null) => _time = time ?? TimeProvider.System;

    /// <summary>The commitments held now, by workspace and id.</summary>
    public IReadOnlyCollection<string> Held
    {
        get { lock (_gate) { return [.. _holds.Keys]; } }
    }

    public IReadOnlyList<WakeUp> All
    {
        get { lock (_gate) { return _rows.Values.Select(r => r.WakeUp).OrderBy(w => w.At).ToList(); } }
    }

    public Task ScheduleAsync(WorkspaceId workspace, string commitmentId, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        ScheduleAsync(workspace, commitmentId, at, WakeUpScope.All, cancellationToken);

    public Task ScheduleAsync(WorkspaceId workspace, string commitmentId, DateTimeOffset at, WakeUpScope scope, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var key = $"{at.UtcTicks}_{workspace}_{commitmentId}_{scope}";
            _rows.TryAdd(key, (new WakeUp(workspace, commitmentId, at, key + "#0") { Scope = scope }, 0, null));
            return Task.CompletedTask;
        }
    }

    public Task<IReadOnlyList<WakeUp>> ReadDueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<WakeUp>>(_rows.Values
                .Where(r => r.WakeUp.At <= now && (r.LeaseUntil is null || r.LeaseUntil <= now))
                .Select(r => r.WakeUp).OrderBy(w => w.At).Take(max).ToList());
        }
    }

    public Task<WakeUp?> TryClaimAsync(WakeUp wakeUp, string owner, DateTimeOffset leaseUntil, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var key = wakeUp.Token.Split('#')[0];
            if (!_rows.TryGetValue(key, out var row) || row.WakeUp.Token != wakeUp.Token)
            {
                return Task.FromResult<WakeUp?>(null);
            }

            var claimed = row.WakeUp with { Token = $"{key}#{row.Version + 1}" };
            // As the table keeps its lease columns: whoever reads it next knows it was claimed before.
            _rows[key] = (claimed with { ClaimedBefore = true }, row.Version + 1, leaseUntil);
            return Task.FromResult<WakeUp?>(claimed);
        }
    }

    public Task CompleteAsync(WakeUp claimed, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var key = claimed.Token.Split('#')[0];
            if (_rows.TryGetValue(key, out var row) && row.WakeUp.Token == claimed.Token)
            {
                _rows.Remove(key);
            }

            return Task.CompletedTask;
        }
    }

    public Task<CommitmentHold?> TryHoldAsync(WorkspaceId workspace, string commitmentId, string owner, DateTimeOffset until, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var key = $"{workspace}/{commitmentId}";
            var tookOver = _holds.TryGetValue(key, out var held);
            if (tookOver && held.Until > _time.GetUtcNow())
            {
                return Task.FromResult<CommitmentHold?>(null);
            }

            var token = $"{key}#{++_holdsGiven}";
            _holds[key] = (token, until);
            return Task.FromResult<CommitmentHold?>(new CommitmentHold(workspace, commitmentId, token) { TookOver = tookOver });
        }
    }

    public Task ReleaseAsync(CommitmentHold hold, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var key = $"{hold.Workspace}/{hold.CommitmentId}";
            if (_holds.TryGetValue(key, out var held) && held.Token == hold.Token)
            {
                _holds.Remove(key);
            }

            return Task.CompletedTask;
        }
    }
}
