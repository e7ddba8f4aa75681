using System.Collections.Concurrent;
using StatusBot.Core.Chat;

namespace StatusBot.Core.Tests.Fakes;

/// <summary>A platform's reachability answers, set per id; every other address is reachable. Records what was asked.</summary>
internal sealed class FakeReachabilityCheck : IReachabilityCheck
{
    private readonly ConcurrentDictionary<string, Reachability> _answers = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<ChatAddress> _asked = new();

    /// <summary>When true, every check fails as a platform that cannot answer now.</summary>
    public bool Down { get; set; }

    /// <summary>Every address asked about, in order.</summary>
    public IReadOnlyList<ChatAddress> Asked => [.. _asked];

    /// <summary>From now on, <paramref name="id"/> is answered with <paramref name="answer"/>.</summary>
    public void Answer(string id, Reachability answer) => _answers[id] = answer;

    public bool Serves(ChatAddress address) => address.Kind != ChatAddressKind.Email;

    public Task<Reachability> CheckAsync(ChatAddress address, CancellationToken cancellationToken = default)
    {
        _asked.Enqueue(address);
        return Down
            ? throw new ChatDeliveryException("The platform did not answer (http_503).")
            : Task.FromResult(_answers.GetValueOrDefault(address.Id, Reachability.Reachable));
    }
}
