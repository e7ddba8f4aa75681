using System.Collections.Concurrent;
using StatusBot.Core.Answers;
using StatusBot.Core.Chat;

namespace StatusBot.Core.Tests.Fakes;

/// <summary>Promise links in memory, with the store's rule that a second revocation keeps the first.</summary>
internal sealed class InMemoryPromiseLinkStore : IPromiseLinkStore, IPromiseLinkAddresses
{
    private readonly ConcurrentDictionary<(WorkspaceId, string), PromiseLink> _links = new();

    public TimeSpan Lifetime => TimeSpan.FromDays(180);

    public Uri SignedAddress(PromiseLink link) => new($"https://statusbot.example/customers/promises/{link.Workspace}.{link.Id}");

    public Task CreateAsync(PromiseLink link, CancellationToken cancellationToken = default) =>
        _links.TryAdd((link.Workspace, link.Id), link) ? Task.CompletedTask : throw new InvalidOperationException($"Link {link.Id} exists.");

    public Task<PromiseLink?> GetAsync(WorkspaceId workspace, string id, CancellationToken cancellationToken = default) =>
        Task.FromResult(_links.GetValueOrDefault((workspace, id)));

    public Task<IReadOnlyList<PromiseLink>> ListAsync(WorkspaceId workspace, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<PromiseLink>>([.. _links.Values.Where(l => l.Workspace == workspace)]);

    public Task<PromiseLink?> RevokeAsync(WorkspaceId workspace, string id, string by, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        Task.FromResult(_links.TryGetValue((workspace, id), out var link)
            ? _links[(workspace, id)] = link.RevokedAt is null ? link with { RevokedAt = at, RevokedBy = by } : link
            : null);
}
