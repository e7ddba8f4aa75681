using StatusBot.Core.Chat;

namespace StatusBot.Core.Tests.Fakes;

/// <summary>
/// Records what was sent. Like a platform that honours idempotency keys, a key it has already sent
/// is not sent again (unless made with <c>honoursKeys: false</c>, like Slack or Teams, which know no
/// such keys); <see cref="FailNext"/> makes the next sends fail as an unreachable platform would, and
/// <see cref="Refuse"/> makes every send to one address fail for good, as a platform refusing that recipient would.
/// </summary>
internal sealed class RecordingChatPort(bool honoursKeys = true) : IChatPort
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, SentMessage> _byKey = [];
    private readonly List<(ChatAddress To, ChatMessage Message, string Key)> _sent = [];

    private readonly Dictionary<string, (string Code, string Problem)> _refused = new(StringComparer.Ordinal);

    /// <summary>How many of the next sends fail.</summary>
    public int FailNext { get; set; }

    /// <summary>From now on, every send to <paramref name="id"/> fails permanently with <paramref name="code"/> and <paramref name="problem"/>.</summary>
    public void Refuse(string id, string code, string problem)
    {
        lock (_gate) { _refused[id] = (code, problem); }
    }

    /// <summary>Sends to <paramref name="id"/> go through again (the problem was fixed).</summary>
    public void Accept(string id)
    {
        lock (_gate) { _refused.Remove(id); }
    }

    /// <summary>How many sends to <paramref name="id"/> were asked for, refused ones included.</summary>
    public int AttemptsTo(string id)
    {
        lock (_gate) { return _attemptsTo.GetValueOrDefault(id); }
    }

    private readonly Dictionary<string, int> _attemptsTo = new(StringComparer.Ordinal);

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
            _attemptsTo[recipient.Id] = _attemptsTo.GetValueOrDefault(recipient.Id) + 1;
            if (_refused.TryGetValue(recipient.Id, out var refused))
            {
                throw ChatDeliveryException.Permanent(recipient, refused.Problem, refused.Code);
            }

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

    /// <summary>When true, it finds what it was sent by key (as Slack finds a message by the key in its metadata).</summary>
    public bool LooksBack { get; set; }

    public Task<SentMessage?> FindDeliveredAsync(ChatAddress recipient, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(LooksBack && _byKey.TryGetValue(idempotencyKey, out var receipt) ? receipt : null);
        }
    }

    private readonly List<(SentMessage Sent, ChatMessage Message)> _updated = [];

    /// <summary>Every message replaced, with what replaced it, in order.</summary>
    public IReadOnlyList<(SentMessage Sent, ChatMessage Message)> Updated
    {
        get { lock (_gate) { return [.. _updated]; } }
    }

    public Task UpdateAsync(SentMessage sent, ChatMessage message, CancellationToken cancellationToken = default)
    {
        lock (_gate) { _updated.Add((sent, message)); }
        return Task.CompletedTask;
    }
}
