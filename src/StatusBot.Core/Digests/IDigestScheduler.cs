using StatusBot.Core.Chat;
namespace StatusBot.Core.Digests;

/// <summary>Sets and clears channels' digest schedules, filing their occurrences (the host's scheduler implements it).</summary>
public interface IDigestScheduler
{
    /// <summary>Sets the channel's schedule, replacing any other; returns when the next digest is posted.</summary>
    Task<DateTimeOffset> SetAsync(DigestSchedule schedule, CancellationToken cancellationToken = default);

    /// <summary>Turns the channel's scheduled digest off; digests on demand still work.</summary>
    Task RemoveAsync(WorkspaceId workspace, string channel, CancellationToken cancellationToken = default);
}
