using System.Collections.Concurrent;
using System.Globalization;
using StatusBot.Slack.Installations;

namespace StatusBot.Slack.Tests.Installations;

/// <summary>Installations in memory, with ETags that change on every write, like the table store's.</summary>
internal sealed class InMemorySlackInstallationStore : ISlackInstallationStore
{
    private readonly ConcurrentDictionary<string, SlackInstallation> _rows = new(StringComparer.Ordinal);
    private int _version;

    public int Reads { get; private set; }

    public Task<SlackInstallation?> GetAsync(string teamId, CancellationToken cancellationToken = default)
    {
        Reads++;
        return Task.FromResult(_rows.GetValueOrDefault(teamId));
    }

    public Task SaveAsync(SlackInstallation installation, CancellationToken cancellationToken = default)
    {
        _rows[installation.TeamId] = Versioned(installation);
        return Task.CompletedTask;
    }

    public Task<bool> TryReplaceAsync(SlackInstallation installation, CancellationToken cancellationToken = default)
    {
        var current = _rows.GetValueOrDefault(installation.TeamId);
        var replaced = current is not null && current.ETag == installation.ETag && _rows.TryUpdate(installation.TeamId, Versioned(installation), current);
        return Task.FromResult(replaced);
    }

    public Task DeleteAsync(string teamId, CancellationToken cancellationToken = default)
    {
        _rows.TryRemove(teamId, out _);
        return Task.CompletedTask;
    }

    private SlackInstallation Versioned(SlackInstallation installation) =>
        installation with { ETag = "v" + Interlocked.Increment(ref _version).ToString(CultureInfo.InvariantCulture) };
}
