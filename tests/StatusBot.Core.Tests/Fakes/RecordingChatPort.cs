using StatusBot.Core.Chat;

namespace StatusBot.Core.Tests.Fakes;

/// <summary>
/// Records what was sent. Like a platform that honours idempotency keys, a key it has already sent
/// is not sent again (unless made with <c>honoursKeys: false</c>, like Slack or Teams, which know no
/// such keys); <see cref="FailNext"/> makes the next sends fail as an unreachable platform would.
/// </summary>
internal sealed class RecordingChatPort(bool honoursKeys = true) : IChatPort
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, SentMessage> _byKey = [];
    private readonly List<(ChatAddress To, ChatMessage Message, string Key)> _sent = [];

    /// <summary>How many of the next sends fail.</summary>
    public int FailNext { get; set; }

    /// <summary>How many sends were asked for, repeats included.</summary>
    public int Attempts { get; private set; }

    public IReadOnlyList<(ChatAddress To, ChatMessage Message, string Key)> Sent
    {
        get { lock (_gate) { return [.. _sent]; } }
    }

    public Task<SentMessage> SendAsync(ChatAddress recipient, ChatMessage message, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            Attempts++;
            if (FailNext > 0)
            {
                FailNext--;
                throw new ChatDeliveryException("The platform is unreachable.");
            }

            if (!honoursKeys || !_byKey.TryGetValue(idempotencyKey, out var receipt))
            {
                receipt = new SentMessage(recipient, "m" + _sent.Count, recipient.Id);
                _byKey[idempotencyKey] = receipt;
                _sent.Add((recipient, message, idempotencyKey));
            }

            return Task.FromResult(receipt);
        }
    }

    public Task UpdateAsync(SentMessage sent, ChatMessage message, CancellationToken cancellationToken = default) => Task.CompletedTask;
}
