using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using StatusBot.Slack.Outbound;

namespace StatusBot.Slack.Installations;

/// <summary>
/// Multi-workspace mode: each workspace's bot token from its OAuth installation, remembered for a few minutes.
/// With token rotation, a token close to expiry is refreshed first (one refresh at a time in this process; a
/// refresh another host stored first wins), and a refresh that fails while the old token still works keeps it.
/// </summary>
public sealed class InstalledSlackTokens(ISlackInstallationStore store, SlackOAuthClient oauth, TimeProvider time, ILogger<InstalledSlackTokens> logger)
    : ISlackTokenSource, IDisposable
{
    /// <summary>How long before expiry a rotating token is refreshed (Slack's last 12 hours).</summary>
    public static readonly TimeSpan RefreshBefore = TimeSpan.FromMinutes(10);

    /// <summary>How long a token is used from memory before the store is read again.</summary>
    public static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(5);

    private static readonly TimeSpan RetryRefreshAfter = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, (string Token, DateTimeOffset Until)> _tokens = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _refreshing = new(1, 1);

    /// <inheritdoc />
    public async ValueTask<string?> GetAsync(string teamId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(teamId);
        var now = time.GetUtcNow();
        if (_tokens.TryGetValue(teamId, out var known) && known.Until > now)
        {
            return known.Token;
        }

        var installation = await store.GetAsync(teamId, cancellationToken);
        if (installation is not null && DueForRefresh(installation, now))
        {
            installation = await RefreshAsync(teamId, cancellationToken);
        }

        if (installation is null)
        {
            _tokens.TryRemove(teamId, out _);
            return null;
        }

        var until = now + CacheFor;
        if (installation.ExpiresAt - RefreshBefore is { } refreshAt && refreshAt < until)
        {
            // Due for a refresh that failed: keep using the token, trying to refresh it once a minute.
            until = refreshAt > now ? refreshAt : now + RetryRefreshAfter;
        }

        _tokens[teamId] = (installation.BotToken, until);
        return installation.BotToken;
    }

    /// <inheritdoc />
    public void Forget(string teamId) => _tokens.TryRemove(teamId, out _);

    /// <inheritdoc />
    public void Dispose() => _refreshing.Dispose();

    private static bool DueForRefresh(SlackInstallation installation, DateTimeOffset now) =>
        installation is { RefreshToken: not null, ExpiresAt: { } expires } && expires - RefreshBefore <= now;

    private async Task<SlackInstallation?> RefreshAsync(string teamId, CancellationToken cancellationToken)
    {
        await _refreshing.WaitAsync(cancellationToken);
        try
        {
            // Read again under the lock: another caller may have refreshed it meanwhile.
            var current = await store.GetAsync(teamId, cancellationToken);
            if (current is null || !DueForRefresh(current, time.GetUtcNow()))
            {
                return current;
            }

            SlackInstallation refreshed;
            try
            {
                refreshed = await oauth.RefreshAsync(current, cancellationToken);
            }
            catch (SlackApiException ex) when (current.ExpiresAt > time.GetUtcNow())
            {
                Log.RefreshFailed(logger, teamId, ex.Error);
                return current;
            }

            if (await store.TryReplaceAsync(refreshed, cancellationToken))
            {
                Log.Refreshed(logger, teamId, refreshed.ExpiresAt);
                return refreshed;
            }

            return await store.GetAsync(teamId, cancellationToken);
        }
        finally
        {
            _refreshing.Release();
        }
    }
}
