using System.Collections.Concurrent;

namespace StatusBot.Slack.Outbound;

/// <summary>
/// Remembers the bot's direct message channel with each person (conversations.open gives the same channel for a
/// user every time), so a check-in costs one Web API call instead of two. Bounded: past its capacity it starts
/// over, which only costs a conversations.open per person again.
/// </summary>
public sealed class SlackDmChannels
{
    private const int Capacity = 100_000;
    private readonly ConcurrentDictionary<(string TeamId, string UserId), string> _known = new();

    /// <summary>The DM channel with <paramref name="userId"/>, opened through <paramref name="api"/> the first time.</summary>
    public async Task<string> GetAsync(SlackApiClient api, string teamId, string userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(api);
        if (_known.TryGetValue((teamId, userId), out var channel))
        {
            return channel;
        }

        channel = await api.OpenConversationAsync(teamId, userId, cancellationToken);
        if (_known.Count >= Capacity)
        {
            _known.Clear();
        }

        _known[(teamId, userId)] = channel;
        return channel;
    }

    /// <summary>Forgets a person's channel (Slack refused a post to it), so the next message opens it again.</summary>
    public void Forget(string teamId, string userId) => _known.TryRemove((teamId, userId), out _);
}
