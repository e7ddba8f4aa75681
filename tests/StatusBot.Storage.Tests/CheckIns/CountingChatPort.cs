using System.Collections.Concurrent;
using StatusBot.Core.Chat;

namespace StatusBot.Storage.Tests.CheckIns;

/// <summary>A chat platform that honours nothing: every send is delivered and counted, so a double send shows.</summary>
internal sealed class CountingChatPort : IChatPort
{
    private readonly ConcurrentQueue<(ChatAddress To, string Key, string Host)> _sent = new();

    public IReadOnlyCollection<(ChatAddress To, string Key, string Host)> Sent => _sent;

    public string Host { get; init; } = "";

    public CountingChatPort ForHost(string host) => new(_sent) { Host = host };

    public CountingChatPort() { }

    private CountingChatPort(ConcurrentQueue<(ChatAddress, string, string)> shared) => _sent = shared;

    public Task<SentMessage> SendAsync(ChatAddress recipient, ChatMessage message, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        _sent.Enqueue((recipient, idempotencyKey, Host));
        return Task.FromResult(new SentMessage(recipient, Guid.NewGuid().ToString("N"), recipient.Id));
    }

    public Task UpdateAsync(SentMessage sent, ChatMessage message, CancellationToken cancellationToken = default) => Task.CompletedTask;
}
