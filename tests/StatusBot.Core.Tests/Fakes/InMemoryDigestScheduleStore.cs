using StatusBot.Core.Chat;
using System.Collections.Concurrent;
using StatusBot.Core.Digests;

namespace StatusBot.Core.Tests.Fakes;

internal sealed class InMemoryDigestScheduleStore : IDigestScheduleStore
{
    private readonly ConcurrentDictionary<(WorkspaceId, string), DigestSchedule> _schedules = new();

    public Task<DigestSchedule?> GetAsync(WorkspaceId workspace, string channel, CancellationToken cancellationToken = default) =>
        Task.FromResult(_schedules.GetValueOrDefault((workspace, channel)));

    public Task<IReadOnlyList<DigestSchedule>> ListAsync(WorkspaceId workspace, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<DigestSchedule>>([.. _schedules.Values.Where(s => s.Workspace == workspace)]);

    public Task SaveAsync(DigestSchedule schedule, CancellationToken cancellationToken = default)
    {
        _schedules[(schedule.Workspace, schedule.Channel)] = schedule;
        return Task.CompletedTask;
    }

    public Task RemoveAsync(WorkspaceId workspace, string channel, CancellationToken cancellationToken = default)
    {
        _schedules.TryRemove((workspace, channel), out _);
        return Task.CompletedTask;
    }
}
