using System.Collections.Concurrent;
using StatusBot.Core.Chat;

namespace StatusBot.Tests;

/// <summary>A chat platform that records every message it is given.</summary>
internal sealed class RecordingChatPort : IChatPort
{
    private readonly ConcurrentQueue<(ChatAddress To, ChatMessage Message, string Key)> _sent = new();

    public IReadOnlyCollection<(ChatAddress To, ChatMessage Message, string Key)> Sent => _sent;

    public bool IsEmpty => _sent.IsEmpty;

    public Task<SentMessage> SendAsync(ChatAddress recipient, ChatMessage message, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        _sent.Enqueue((recipient, message, idempotencyKey));
        return Task.FromResult(new SentMessage(recipient, "m" + _sent.Count, recipient.Id));
    }

    public Task UpdateAsync(SentMessage sent, ChatMessage message, CancellationToken cancellationToken = default) => Task.CompletedTask;
}
