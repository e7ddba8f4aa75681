using StatusBot.Core.Chat;
using StatusBot.Core.CheckIns;
using StatusBot.Core.Commitments;
using StatusBot.Core.Digests;

namespace StatusBot.Core.Workspaces;

/// <summary>
/// Stops a workspace's scheduled work when the bot is removed from it, and resumes it when the bot is installed
/// again. Stopping only marks the workspace: the scheduler drops each of its wake-ups as it falls due, so nothing
/// is sent there, while its commitments, histories and schedules are kept.
/// </summary>
public sealed class WorkspaceLifecycle(
    IWorkspaceConnections connections, ICommitmentStore commitments, IWakeUpSchedule wakeUps, IDigestScheduleStore schedules, IDigestScheduler digests, TimeProvider time)
{
    /// <summary>Stops every piece of scheduled work for <paramref name="workspace"/> (check-ins, reminders, slips, digests).</summary>
    public Task StopAsync(WorkspaceId workspace, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return connections.DisconnectAsync(new WorkspaceDisconnection(workspace, reason, time.GetUtcNow()), cancellationToken);
    }

    /// <summary>
    /// Connects <paramref name="workspace"/> again and files a wake-up now for each open commitment (the scheduler then
    /// does what fell due meanwhile and plans on) and the next digest of each scheduled channel. Safe to repeat: a
    /// wake-up only says "look now". Returns how many commitments were woken.
    /// </summary>
    public async Task<int> ResumeAsync(WorkspaceId workspace, CancellationToken cancellationToken = default)
    {
        await connections.ReconnectAsync(workspace, cancellationToken);
        var now = time.GetUtcNow();
        var open = (await commitments.ListAsync(workspace, cancellationToken)).Where(c => c.Status == CommitmentStatus.Open).ToList();
        foreach (var commitment in open)
        {
            await wakeUps.ScheduleAsync(workspace, commitment.Id, now, cancellationToken);
        }

        foreach (var schedule in await schedules.ListAsync(workspace, cancellationToken))
        {
            await digests.SetAsync(schedule, cancellationToken);
        }

        return open.Count;
    }

    /// <summary>Resumes <paramref name="workspace"/> when it was stopped; true when it was.</summary>
    public async Task<bool> ResumeIfStoppedAsync(WorkspaceId workspace, CancellationToken cancellationToken = default)
    {
        if (await connections.GetDisconnectionAsync(workspace, cancellationToken) is null)
        {
            return false;
        }

        await ResumeAsync(workspace, cancellationToken);
        return true;
    }
}
