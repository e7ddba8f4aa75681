using StatusBot.Core.Chat;
using StatusBot.Core.Validation;

namespace StatusBot.Core.Commitments;

/// <summary>
/// What users do to commitments, whatever the way in (chat, admin API, import): each change is
/// recorded in the history, and the <see cref="ICommitmentPlanner"/> plans what follows it.
/// </summary>
public sealed partial class CommitmentService
{
    private const int MaxAttempts = 5;
    private readonly ICommitmentStore _store;
    private readonly ICommitmentPlanner _planner;
    private readonly TimeProvider _time;
    private readonly CommitmentReachCheck? _reach;

    /// <summary>
    /// Creates the service over its store, with <paramref name="planner"/> planning what follows each change. With
    /// <paramref name="reach"/>, the people and places a commitment names are checked on the platform when it is created
    /// or edited (see <see cref="CommitmentReachCheck"/>).
    /// </summary>
    public CommitmentService(ICommitmentStore store, ICommitmentPlanner planner, TimeProvider time, CommitmentReachCheck? reach = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(planner);
        ArgumentNullException.ThrowIfNull(time);
        (_store, _planner, _time, _reach) = (store, planner, time, reach);
    }

    /// <summary>
    /// Records a new commitment from what a user typed, or says what to fix. An owner, approver, channel or destination the
    /// platform does not know at all refuses it; one it cannot reach is recorded as a problem of the stored commitment
    /// (see <see cref="ReachProblemsAsync"/>).
    /// </summary>
    public async Task<Validated<Commitment>> CreateAsync(WorkspaceId workspace, CommitmentInput input, string actor, CancellationToken cancellationToken = default)
    {
        var now = _time.GetUtcNow();
        var result = CommitmentValidator.Create(input, workspace, NewId(now), now);
        if (!result.IsValid)
        {
            return result;
        }

        var findings = _reach is null ? [] : await _reach.CheckAsync(result.Value!, cancellationToken: cancellationToken);
        if (CommitmentReachCheck.Errors(findings) is { Count: > 0 } unknown)
        {
            return Validated.Refused<Commitment>(unknown);
        }

        var created = new CommitmentEvent(1, now, CommitmentEventKind.Created, actor, new Dictionary<string, string>
        {
            ["dueDate"] = result.Value!.DueDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        });
        var stored = await _store.CreateAsync(result.Value!, created, cancellationToken);
        await _planner.PlanAsync(stored, cancellationToken);
        return Validated.Ok(await RecordReachAsync(stored, findings, actor, cancellationToken));
    }

    /// <summary>One commitment, or null.</summary>
    public Task<Commitment?> GetAsync(WorkspaceId workspace, string id, CancellationToken cancellationToken = default) =>
        _store.GetAsync(workspace, id, cancellationToken);

    /// <summary>Every commitment of a workspace.</summary>
    public Task<IReadOnlyList<Commitment>> ListAsync(WorkspaceId workspace, CancellationToken cancellationToken = default) =>
        _store.ListAsync(workspace, cancellationToken);

    /// <summary>The commitments of one project channel.</summary>
    public Task<IReadOnlyList<Commitment>> ListByChannelAsync(WorkspaceId workspace, string channel, CancellationToken cancellationToken = default) =>
        _store.ListByChannelAsync(workspace, channel, cancellationToken);

    /// <summary>The commitments one person owns, read from that person's rows only.</summary>
    public Task<IReadOnlyList<Commitment>> ListByOwnerAsync(WorkspaceId workspace, string owner, CancellationToken cancellationToken = default) =>
        _store.ListByOwnerAsync(workspace, owner, cancellationToken);

    /// <summary>A commitment's history, oldest first.</summary>
    public Task<IReadOnlyList<CommitmentEvent>> HistoryAsync(WorkspaceId workspace, string id, CancellationToken cancellationToken = default) =>
        _store.GetHistoryAsync(workspace, id, cancellationToken);

    /// <summary>
    /// Records the owner's answer to a check-in (on track, at risk, slipping): the health changes, the
    /// silence if any is over, and the cadence goes on from it. A closed commitment is left as it is.
    /// </summary>
    public Task<Commitment?> AnswerAsync(WorkspaceId workspace, string id, Health health, string actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(workspace, id, (c, now) => c.Status == CommitmentStatus.Open
            ? c.Record(CommitmentEventKind.Answered, actor, now,
                x => x with
                {
                    Health = health,
                    HealthSince = health == x.Health ? x.HealthSince : now,
                    CheckIns = x.CheckIns.OnAnswered(now),
                },
                new Dictionary<string, string> { ["health"] = health.ToString() })
            : null, cancellationToken);

    /// <summary>Marks the commitment delivered; no check-in follows. A closed commitment is left as it is.</summary>
    public Task<Commitment?> DeliverAsync(WorkspaceId workspace, string id, string actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(workspace, id, (c, now) => c.Status == CommitmentStatus.Open
            ? c.Record(CommitmentEventKind.Delivered, actor, now, x => x with { Status = CommitmentStatus.Delivered, CheckIns = x.CheckIns.OnAnswered(now) })
            : null, cancellationToken);

    /// <summary>Calls the commitment off; a closed commitment is left as it is.</summary>
    public Task<Commitment?> CancelAsync(WorkspaceId workspace, string id, string actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(workspace, id, (c, now) => c.Status == CommitmentStatus.Open
            ? c.Record(CommitmentEventKind.Cancelled, actor, now, x => x with { Status = CommitmentStatus.Cancelled })
            : null, cancellationToken);

    /// <summary>
    /// Applies <paramref name="change"/> to the latest version and stores it, trying again from a fresh
    /// read when another writer got there first. The change returns null to leave the commitment as it is.
    /// Returns the commitment as stored, or null when there is no such commitment.
    /// </summary>
    public Task<Commitment?> ChangeAsync(
        WorkspaceId workspace, string id, Func<Commitment, DateTimeOffset, CommitmentChange?> change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        return ChangeLatestAsync(workspace, id, (current, now) => Task.FromResult(change(current, now)), cancellationToken);
    }

    /// <summary>
    /// Like <see cref="ChangeAsync"/>, for a change decided on the commitment's history too, read afresh with each attempt. A
    /// history read after another writer's event holds more than the version read before it: the update then conflicts,
    /// and both are read again.
    /// </summary>
    public Task<Commitment?> ChangeWithHistoryAsync(
        WorkspaceId workspace, string id, Func<Commitment, IReadOnlyList<CommitmentEvent>, DateTimeOffset, CommitmentChange?> change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        return ChangeLatestAsync(workspace, id, async (current, now) => change(current, await _store.GetHistoryAsync(workspace, id, cancellationToken), now), cancellationToken);
    }

    private async Task<Commitment?> ChangeLatestAsync(
        WorkspaceId workspace, string id, Func<Commitment, DateTimeOffset, Task<CommitmentChange?>> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var current = await _store.GetAsync(workspace, id, cancellationToken);
            if (current is null || await change(current, _time.GetUtcNow()) is not { } next)
            {
                return current;
            }

            try
            {
                var stored = await _store.UpdateAsync(next.Commitment, next.Event, cancellationToken);
                await _planner.PlanAsync(stored, cancellationToken);
                return stored;
            }
            catch (CommitmentConflictException) when (attempt < MaxAttempts)
            {
                // Someone else changed it meanwhile: decide again from what they wrote.
            }
        }
    }

    private static string NewId(DateTimeOffset now) => Guid.CreateVersion7(now).ToString("N");
}
