using StatusBot.Core.Chat;
using StatusBot.Core.Commitments;
using StatusBot.Core.People;

namespace StatusBot.Core.CheckIns;

/// <summary>
/// Plans each commitment's next piece of check-in work by the workspace's rules and files a wake-up for it;
/// <see cref="CommitmentService"/> calls it after every change.
/// </summary>
public sealed class CheckInPlanning : ICommitmentPlanner
{
    private readonly IWakeUpSchedule _wakeUps;
    private readonly TimeProvider _time;
    private readonly ICheckInSettingsStore _settings;
    private readonly IPeopleDirectory? _people;

    /// <summary>
    /// Creates the planner over its ports; without a settings store every workspace gets the defaults, and with the
    /// <paramref name="people"/> directory, owners are asked in their own time.
    /// </summary>
    public CheckInPlanning(IWakeUpSchedule wakeUps, TimeProvider time, ICheckInSettingsStore? settings = null, IPeopleDirectory? people = null)
    {
        ArgumentNullException.ThrowIfNull(wakeUps);
        ArgumentNullException.ThrowIfNull(time);
        (_wakeUps, _time, _settings, _people) = (wakeUps, time, settings ?? FixedCheckInSettings.Defaults, people);
    }

    /// <summary>The check-in rules of <paramref name="workspace"/>.</summary>
    public Task<CheckInSettings> SettingsAsync(WorkspaceId workspace, CancellationToken cancellationToken = default) =>
        _settings.GetAsync(workspace, cancellationToken);

    /// <summary>The next piece of check-in work for a commitment (when and why), or null when none is planned.</summary>
    public async Task<CheckInWork?> NextWorkAsync(Commitment commitment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        var settings = await _settings.GetAsync(commitment.Workspace, cancellationToken);
        var owner = _people is null ? null : await _people.GetAsync(commitment.Workspace, commitment.Owner, cancellationToken);
        return CheckInPlanner.Next(commitment, commitment.CheckIns, settings, _time.GetUtcNow(), owner);
    }

    /// <summary>
    /// The next piece of check-in work for each of <paramref name="commitments"/> (of one workspace), in order: the
    /// settings are read once and each owner once, however many of the commitments they own.
    /// </summary>
    public async Task<IReadOnlyList<CheckInWork?>> NextWorkAsync(IReadOnlyList<Commitment> commitments, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(commitments);
        if (commitments.Count == 0)
        {
            return [];
        }

        var settings = await _settings.GetAsync(commitments[0].Workspace, cancellationToken);
        var owners = new Dictionary<string, Person?>(StringComparer.Ordinal);
        var now = _time.GetUtcNow();
        var next = new List<CheckInWork?>(commitments.Count);
        foreach (var commitment in commitments)
        {
            if (commitment.Workspace != commitments[0].Workspace)
            {
                throw new ArgumentException("The commitments must all be of one workspace.", nameof(commitments));
            }

            if (!owners.TryGetValue(commitment.Owner, out var owner))
            {
                owners[commitment.Owner] = owner = _people is null ? null : await _people.GetAsync(commitment.Workspace, commitment.Owner, cancellationToken);
            }

            next.Add(CheckInPlanner.Next(commitment, commitment.CheckIns, settings, now, owner));
        }

        return next;
    }

    /// <inheritdoc />
    public async Task PlanAsync(Commitment commitment, CancellationToken cancellationToken = default)
    {
        if (await NextWorkAsync(commitment, cancellationToken) is { } work)
        {
            await _wakeUps.ScheduleAsync(commitment.Workspace, commitment.Id, work.At, WakeUpScope.CheckIns, cancellationToken);
        }
    }
}
