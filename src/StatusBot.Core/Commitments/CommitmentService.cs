using StatusBot.Core.CheckIns;
using StatusBot.Core.Validation;

namespace StatusBot.Core.Commitments;

/// <summary>
/// What users do to commitments, whatever the way in (chat, admin API, import): each change is
/// recorded in the history and re-plans the commitment's next check-in.
/// </summary>
public sealed partial class CommitmentService
{
    private const int MaxAttempts = 5;
    private readonly ICommitmentStore _store;
    private readonly IWakeUpSchedule _wakeUps;
    private readonly TimeProvider _time;
    private readonly ICheckInSettingsStore _settings;

    /// <summary>Creates the service over its ports; without a settings store every workspace gets the defaults.</summary>
    public CommitmentService(ICommitmentStore store, IWakeUpSchedule wakeUps, TimeProvider time, ICheckInSettingsStore? settings = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(wakeUps);
        ArgumentNullException.ThrowIfNull(time);
        _store = store;
        _wakeUps = wakeUps;
        _time = time;
        _settings = settings ?? FixedCheckInSettings.Defaults;
    }

    /// <summary>Records a new commitment from what a user typed, or says what to fix.</summary>
    public async Task<Validated<Commitment>> CreateAsync(string workspace, CommitmentInput input, string actor, CancellationToken cancellationToken = default)
    {
        var now = _time.GetUtcNow();
        var result = CommitmentValidator.Create(input, workspace, NewId(now), now);
        if (!result.IsValid)
        {
            return result;
        }

        var created = new CommitmentEvent(1, now, CommitmentEventKind.Created, actor, new Dictionary<string, string>
        {
            ["dueDate"] = result.Value!.DueDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        });
        var stored = await _store.CreateAsync(result.Value!, created, cancellationToken);
        await PlanAsync(stored, cancellationToken);
        return Validated.Ok(stored);
    }

    /// <summary>One commitment, or null.</summary>
    public Task<Commitment?> GetAsync(string workspace, string id, CancellationToken cancellationToken = default) =>
        _store.GetAsync(workspace, id, cancellationToken);

    /// <summary>Every commitment of a workspace.</summary>
    public Task<IReadOnlyList<Commitment>> ListAsync(string workspace, CancellationToken cancellationToken = default) =>
        _store.ListAsync(workspace, cancellationToken);

    /// <summary>The commitments of one project channel.</summary>
    public Task<IReadOnlyList<Commitment>> ListByChannelAsync(string workspace, string channel, CancellationToken cancellationToken = default) =>
        _store.ListByChannelAsync(workspace, channel, cancellationToken);

    /// <summary>A commitment's history, oldest first.</summary>
    public Task<IReadOnlyList<CommitmentEvent>> HistoryAsync(string workspace, string id, CancellationToken cancellationToken = default) =>
        _store.GetHistoryAsync(workspace, id, cancellationToken);

    /// <summary>The next piece of check-in work for a commitment (when and why), or null when none is planned.</summary>
    public async Task<CheckInWork?> NextWorkAsync(Commitment commitment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        var settings = await _settings.GetAsync(commitment.Workspace, cancellationToken);
        return CheckInPlanner.Next(commitment, commitment.CheckIns, settings, _time.GetUtcNow());
    }

    /// <summary>
    /// Records the owner's answer to a check-in (on track, at risk, slipping): the health changes, the
    /// silence if any is over, and the cadence goes on from it. A closed commitment is left as it is.
    /// </summary>
    public Task<Commitment?> AnswerAsync(string workspace, string id, Health health, string actor, CancellationToken cancellationToken = default) =>
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

    /// <summary>
    /// Snoozes check-ins (tomorrow, in a few days, or until a chosen date, never past the due date); a
    /// snooze answers the current check-in. A closed commitment is left as it is.
    /// </summary>
    public async Task<Commitment?> SnoozeAsync(
        string workspace, string id, SnoozeOption option, DateOnly? chosenDate, string actor, CancellationToken cancellationToken = default)
    {
        var settings = await _settings.GetAsync(workspace, cancellationToken);
        return await ChangeAsync(workspace, id, (c, now) =>
        {
            if (c.Status != CommitmentStatus.Open)
            {
                return null;
            }

            var until = SnoozePolicy.Until(c, option, now, settings, chosenDate);
            return c.Record(CommitmentEventKind.Snoozed, actor, now, x => x with { CheckIns = x.CheckIns.OnSnoozed(until, now) },
                new Dictionary<string, string> { ["until"] = until.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) });
        }, cancellationToken);
    }

    /// <summary>Marks the commitment delivered; no check-in follows. A closed commitment is left as it is.</summary>
    public Task<Commitment?> DeliverAsync(string workspace, string id, string actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(workspace, id, (c, now) => c.Status == CommitmentStatus.Open
            ? c.Record(CommitmentEventKind.Delivered, actor, now, x => x with { Status = CommitmentStatus.Delivered, CheckIns = x.CheckIns.OnAnswered(now) })
            : null, cancellationToken);

    /// <summary>Calls the commitment off; a closed commitment is left as it is.</summary>
    public Task<Commitment?> CancelAsync(string workspace, string id, string actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(workspace, id, (c, now) => c.Status == CommitmentStatus.Open
            ? c.Record(CommitmentEventKind.Cancelled, actor, now, x => x with { Status = CommitmentStatus.Cancelled })
            : null, cancellationToken);

    /// <summary>
    /// Applies <paramref name="change"/> to the latest version and stores it, trying again from a fresh
    /// read when another writer got there first. The change returns null to leave the commitment as it is.
    /// Returns the commitment as stored, or null when there is no such commitment.
    /// </summary>
    public async Task<Commitment?> ChangeAsync(
        string workspace, string id, Func<Commitment, DateTimeOffset, CommitmentChange?> change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        for (var attempt = 1; ; attempt++)
        {
            var current = await _store.GetAsync(workspace, id, cancellationToken);
            if (current is null || change(current, _time.GetUtcNow()) is not { } next)
            {
                return current;
            }

            try
            {
                var stored = await _store.UpdateAsync(next.Commitment, next.Event, cancellationToken);
                await PlanAsync(stored, cancellationToken);
                return stored;
            }
            catch (CommitmentConflictException) when (attempt < MaxAttempts)
            {
                // Someone else changed it meanwhile: decide again from what they wrote.
            }
        }
    }

    /// <summary>Files a wake-up for the commitment's next piece of work, if it has one.</summary>
    internal async Task PlanAsync(Commitment commitment, CancellationToken cancellationToken)
    {
        if (await NextWorkAsync(commitment, cancellationToken) is { } work)
        {
            await _wakeUps.ScheduleAsync(commitment.Workspace, commitment.Id, work.At, cancellationToken);
        }
    }

    private static string NewId(DateTimeOffset now) => Guid.CreateVersion7(now).ToString("N");
}
