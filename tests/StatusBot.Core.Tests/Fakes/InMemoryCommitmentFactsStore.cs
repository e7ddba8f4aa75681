using System.Collections.Concurrent;
using StatusBot.Core.Chat;
using StatusBot.Core.Insights;

namespace StatusBot.Core.Tests.Fakes;

/// <summary>Commitment facts in memory, keeping the later version as the real store does.</summary>
internal sealed class InMemoryCommitmentFactsStore : ICommitmentFactsStore
{
    private readonly ConcurrentDictionary<(WorkspaceId, string), CommitmentFacts> _facts = new();
    private readonly ConcurrentDictionary<WorkspaceId, bool> _complete = new();

    public Task<KeptFacts> ListAsync(WorkspaceId workspace, CancellationToken cancellationToken = default) =>
        Task.FromResult(new KeptFacts([.. _facts.Where(f => f.Key.Item1 == workspace).Select(f => f.Value)], [], _complete.ContainsKey(workspace)));

    public Task SaveAsync(WorkspaceId workspace, CommitmentFacts facts, CancellationToken cancellationToken = default)
    {
        _facts.AddOrUpdate((workspace, facts.Id), facts, (_, kept) => kept.Version >= facts.Version ? kept : facts);
        return Task.CompletedTask;
    }

    public Task MarkCompleteAsync(WorkspaceId workspace, CancellationToken cancellationToken = default)
    {
        _complete[workspace] = true;
        return Task.CompletedTask;
    }
}
