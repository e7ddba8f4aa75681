using Cronos;
using StatusBot.Core.Commitments;
using StatusBot.Core.Chat;
using StatusBot.Core.Digests;
using StatusBot.Core.Workspaces;
using StatusBot.Dashboard.Charts;
using StatusBot.Storage.CheckIns;
using StatusBot.Storage.Tables;

namespace StatusBot.Scheduling;

/// <summary>
/// Posts each channel's digest on its schedule (a cron expression read in the channel's time zone).
/// Occurrences are filed as wake-ups of their own table and claimed with leases, and each post's
/// idempotency key names its occurrence, so a digest goes out once per period however many hosts run. Each carries the
/// channel's trend picture (<see cref="DigestPicture"/>) when there is one.
/// </summary>
internal sealed class DigestScheduler : IDigestScheduler
{
    internal const string WakeUpTable = "digestwakeups";
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    private readonly IDigestScheduleStore _schedules;
    private readonly DigestService _digests;
    private readonly IChatPort _chat;
    private readonly TimeProvider _time;
    private readonly IWorkspaceConnections _connections;
    private readonly TableWakeUpSchedule _wakeUps;
    private readonly DigestPicture _picture;

    public DigestScheduler(
        IDigestScheduleStore schedules, DigestService digests, DigestPicture picture, IChatPort chat, IWorkspaceConnections connections, ITableStore tables, TimeProvider time)
    {
        (_schedules, _digests, _picture, _chat, _connections, _time) = (schedules, digests, picture, chat, connections, time);
        _wakeUps = new TableWakeUpSchedule(tables, time, WakeUpTable);
    }

    /// <summary>Sets a channel's schedule and files its next occurrence; returns when that is.</summary>
    public async Task<DateTimeOffset> SetAsync(DigestSchedule schedule, CancellationToken cancellationToken = default)
    {
        await _schedules.SaveAsync(schedule, cancellationToken);
        var next = Next(schedule, _time.GetUtcNow());
        await _wakeUps.ScheduleAsync(schedule.Workspace, schedule.Channel, next, cancellationToken);
        return next;
    }

    /// <summary>Turns the channel's schedule off; an occurrence already filed finds no schedule and posts nothing.</summary>
    public Task RemoveAsync(WorkspaceId workspace, string channel, CancellationToken cancellationToken = default) =>
        _schedules.RemoveAsync(workspace, channel, cancellationToken);

    /// <summary>The next occurrence of <paramref name="schedule"/> after <paramref name="after"/>.</summary>
    public static DateTimeOffset Next(DigestSchedule schedule, DateTimeOffset after) =>
        CronExpression.Parse(schedule.Cron).GetNextOccurrence(after, TimeZones.Get(schedule.TimeZone))
        ?? throw new InvalidOperationException($"The schedule '{schedule}' has no next occurrence.");

    /// <summary>Posts the digests that are due; a post the platform refuses stays due and is tried again.</summary>
    public async Task<int> RunDueAsync(string hostId, CancellationToken cancellationToken = default)
    {
        var posted = 0;
        foreach (var wakeUp in await _wakeUps.ReadDueAsync(_time.GetUtcNow(), 50, cancellationToken))
        {
            if (await _wakeUps.TryClaimAsync(wakeUp, hostId, _time.GetUtcNow() + Lease, cancellationToken) is not { } claimed)
            {
                continue;
            }

            var (workspace, channel) = (claimed.Workspace, claimed.CommitmentId);
            // A wake-up left from a schedule since changed or turned off is not an occurrence any more; in a workspace
            // the bot was removed from, none is (a reinstall files the next one).
            var schedule = await _connections.GetDisconnectionAsync(workspace, cancellationToken) is null
                ? await _schedules.GetAsync(workspace, channel, cancellationToken)
                : null;
            if (schedule is not null && Next(schedule, claimed.At.AddMinutes(-1)) == claimed.At)
            {
                try
                {
                    var occasion = "at-" + claimed.At.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    var picture = await _picture.ForChannelAsync(workspace, channel, cancellationToken);
                    await _digests.PostAsync(workspace, channel, _chat, occasion, "/digest", schedule.PeriodDays, picture, cancellationToken);
                    posted++;
                }
                catch (ChatDeliveryException)
                {
                    continue; // not completed: due again when the lease runs out
                }

                await _wakeUps.ScheduleAsync(workspace, channel, Next(schedule, claimed.At), cancellationToken);
            }

            await _wakeUps.CompleteAsync(claimed, cancellationToken);
        }

        return posted;
    }
}
