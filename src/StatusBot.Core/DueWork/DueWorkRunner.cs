using System.Collections.Concurrent;
using StatusBot.Core.Chat;
using StatusBot.Core.CheckIns;
using StatusBot.Core.Slips;
using StatusBot.Core.Telemetry;
using StatusBot.Core.Workspaces;

namespace StatusBot.Core.DueWork;

/// <summary>
/// Does the work that has fallen due: reads due wake-ups, claims each with a lease, holds its commitment, and has the
/// check-ins and the slip conversation of the commitment do what is due (the check-ins only, for a wake-up their plan
/// filed). Several hosts may run it at once: a lease keeps a wake-up to one of them, a hold keeps a commitment to one of
/// them whichever wake-up woke it, and the work itself is idempotent, so a crash or a race never sends twice. A transient
/// delivery failure leaves the wake-up due, to be tried again when its lease runs out; a permanent one is reported at
/// once by the <see cref="ReachReporter"/> and tried again only on the next working day.
/// </summary>
public sealed class DueWorkRunner
{
    /// <summary>How long a claim keeps other hosts off a wake-up.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(1);

    private readonly IWakeUpSchedule _wakeUps;
    private readonly CheckInRunner _checkIns;
    private readonly TimeProvider _time;
    private readonly SlipService? _slips;
    private readonly IWorkspaceConnections? _connections;
    private readonly ReachReporter? _reach;

    /// <summary>
    /// Creates the runner. With <paramref name="slips"/>, each wake-up also does what is due for the commitment's
    /// slip conversation (delivery retries, approval timeouts, draft reminders). With <paramref name="connections"/>,
    /// the wake-ups of a workspace the bot was removed from are dropped undone. With <paramref name="reach"/>, permanent
    /// delivery failures are reported and retried slowly; without it they are retried like transient ones.
    /// </summary>
    public DueWorkRunner(
        IWakeUpSchedule wakeUps, CheckInRunner checkIns, TimeProvider time, SlipService? slips = null, IWorkspaceConnections? connections = null,
        ReachReporter? reach = null)
    {
        ArgumentNullException.ThrowIfNull(wakeUps);
        ArgumentNullException.ThrowIfNull(checkIns);
        ArgumentNullException.ThrowIfNull(time);
        (_wakeUps, _checkIns, _time, _slips, _connections, _reach) = (wakeUps, checkIns, time, slips, connections, reach);
    }

    /// <summary>Does up to <paramref name="max"/> due wake-ups as <paramref name="hostId"/>, one at a time; reports what happened to each.</summary>
    public Task<IReadOnlyList<WakeUpOutcome>> RunDueAsync(string hostId, int max = 100, CancellationToken cancellationToken = default) =>
        RunDueAsync(hostId, max, parallelism: 1, cancellationToken);

    /// <summary>
    /// Does up to <paramref name="max"/> due wake-ups as <paramref name="hostId"/>, up to <paramref name="parallelism"/> at
    /// once (each platform's client paces its own messages, per channel and per tenant, so the slowest recipient holds only
    /// its own work); reports what happened to each, in the order they were due.
    /// </summary>
    public async Task<IReadOnlyList<WakeUpOutcome>> RunDueAsync(string hostId, int max, int parallelism, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(hostId);
        ArgumentOutOfRangeException.ThrowIfLessThan(parallelism, 1);
        var due = await _wakeUps.ReadDueAsync(_time.GetUtcNow(), max, cancellationToken);
        var outcomes = new WakeUpOutcome?[due.Count];
        var stopped = new ConcurrentDictionary<WorkspaceId, bool>();
        // One commitment's wake-ups (a planned one and a retry filed a minute ahead, say) run one after the other, never
        // side by side: two at once would both find its warning still to send.
        var byCommitment = Enumerable.Range(0, due.Count).GroupBy(i => (due[i].Workspace, due[i].CommitmentId)).ToList();
        await Parallel.ForEachAsync(
            byCommitment,
            new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken },
            async (group, ct) =>
            {
                foreach (var i in group)
                {
                    outcomes[i] = await RunOneAsync(due[i], hostId, stopped, ct);
                }
            });
        return [.. outcomes.OfType<WakeUpOutcome>()];
    }

    /// <summary>Claims one wake-up and does its work; null when another host has it.</summary>
    private async Task<WakeUpOutcome?> RunOneAsync(WakeUp wakeUp, string hostId, ConcurrentDictionary<WorkspaceId, bool> stopped, CancellationToken cancellationToken)
    {
        var takenAt = _time.GetUtcNow();
        var claimed = await _wakeUps.TryClaimAsync(wakeUp, hostId, takenAt + Lease, cancellationToken);
        if (claimed is null)
        {
            return null;
        }

        if (await IsStoppedAsync(claimed.Workspace, stopped, cancellationToken))
        {
            // Removed from the workspace: nothing goes out there; a reinstall files the work again.
            await _wakeUps.CompleteAsync(claimed, cancellationToken);
            return new WakeUpOutcome(claimed, [], null) { TakenAt = takenAt };
        }

        // One host at a time does a commitment's work, whichever of its wake-ups woke it: a second would find its messages
        // still to send. Held elsewhere, the wake-up waits for its lease to run out and is tried again.
        var hold = await _wakeUps.TryHoldAsync(claimed.Workspace, claimed.CommitmentId, hostId, takenAt + Lease, cancellationToken);
        if (hold is null)
        {
            return new WakeUpOutcome(claimed, [], null) { TakenAt = takenAt, HeldElsewhere = true };
        }

        using var span = CoreTelemetry.Source.StartActivity("due work");
        span?.SetTag("statusbot.platform", claimed.Workspace.Platform.ToString());
        try
        {
            var permanent = new List<ChatDeliveryException>();
            IReadOnlyList<CheckInWork> done = [];
            var attempt = hold.TookOver || claimed.ClaimedBefore ? DueWorkAttempt.Resumed : DueWorkAttempt.First;
            try
            {
                done = await _checkIns.DoDueWorkAsync(claimed.Workspace, claimed.CommitmentId, attempt, cancellationToken);
            }
            catch (ChatDeliveryException ex) when (ex.IsPermanent && _reach is not null)
            {
                permanent.Add(ex); // The slip conversation's work (an approval's timeout) must not wait on it.
            }

            if (_slips is not null && claimed.Scope == WakeUpScope.All)
            {
                try
                {
                    await _slips.DoDueWorkAsync(claimed.Workspace, claimed.CommitmentId, cancellationToken);
                }
                catch (ChatDeliveryException ex) when (ex.IsPermanent && _reach is not null)
                {
                    permanent.Add(ex);
                }
            }

            // Reported and filed again before the wake-up is completed, so a crash in between loses no work. The hold is let
            // go of last, and only when all the work was done and recorded: after a crash before that, or a failure that may
            // have come after some of the work's messages went out, the next holder takes it over and looks for each first.
            var reports = permanent.Count == 0 ? [] : await _reach!.ReportAsync(claimed.Workspace, claimed.CommitmentId, permanent, cancellationToken);
            await _wakeUps.CompleteAsync(claimed, cancellationToken);
            if (permanent.Count == 0)
            {
                await _wakeUps.ReleaseAsync(hold, cancellationToken);
            }

            span?.SetTag("statusbot.work.done", done.Count);
            return new WakeUpOutcome(claimed, done, null) { Unreachable = reports, TakenAt = takenAt };
        }
        catch (ChatDeliveryException ex)
        {
            // Not completed, and the hold kept: when both run out the work is retried, looking first for what went out.
            span?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, ex.Kind.ToString());
            return new WakeUpOutcome(claimed, [], ex) { TakenAt = takenAt };
        }
    }

    private async Task<bool> IsStoppedAsync(WorkspaceId workspace, ConcurrentDictionary<WorkspaceId, bool> known, CancellationToken cancellationToken)
    {
        if (_connections is null)
        {
            return false;
        }

        if (!known.TryGetValue(workspace, out var stopped))
        {
            stopped = known[workspace] = await _connections.GetDisconnectionAsync(workspace, cancellationToken) is not null;
        }

        return stopped;
    }
}

/// <summary>What one wake-up did.</summary>
/// <param name="WakeUp">The wake-up, as claimed.</param>
/// <param name="Done">The check-in work done, in order.</param>
/// <param name="Failure">Why it stopped early, when the chat platform could not take a message for now (it is retried soon).</param>
public sealed record WakeUpOutcome(WakeUp WakeUp, IReadOnlyList<CheckInWork> Done, ChatDeliveryException? Failure)
{
    /// <summary>The permanent failures met, each reported (or known already) and retried on the next working day.</summary>
    public IReadOnlyList<ReachReport> Unreachable { get; init; } = [];

    /// <summary>When this host claimed it; later than <see cref="WakeUp.At"/> by how far the scheduler ran behind.</summary>
    public DateTimeOffset TakenAt { get; init; }

    /// <summary>True when another host was doing the commitment's work: nothing was done, and the wake-up is tried again later.</summary>
    public bool HeldElsewhere { get; init; }
}
