using System.Collections.Concurrent;
using StatusBot.Core.Chat;

namespace StatusBot.Core.Tests.Fakes;

/// <summary>The sent-message log in memory; it outlives the runners of a test, as the durable one outlives a crash.</summary>
internal sealed class MemorySentMessageLog : ISentMessageLog
{
    private readonly ConcurrentDictionary<string, SentMessage> _sent = new();
    private int _looks;

    /// <summary>How many times a key was looked for.</summary>
    public int Looks => Volatile.Read(ref _looks);

    public Task<SentMessage?> FindAsync(WorkspaceId workspace, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _looks);
        return Task.FromResult(_sent.GetValueOrDefault(idempotencyKey));
    }

    public Task RecordAsync(string idempotencyKey, SentMessage sent, CancellationToken cancellationToken = default)
    {
        _sent.TryAdd(idempotencyKey, sent);
        return Task.CompletedTask;
    }
}
