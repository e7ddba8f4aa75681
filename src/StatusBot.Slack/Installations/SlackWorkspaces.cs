using System.Collections.Concurrent;
using StatusBot.Core.Chat;
using StatusBot.Core.Workspaces;
using StatusBot.Slack.Outbound;

namespace StatusBot.Slack.Installations;

/// <summary>
/// What follows when the app arrives in a workspace or leaves it: an install stores its tokens and resumes the
/// workspace's scheduled work; an uninstall (or revoked bot token) deletes the tokens and stops that work.
/// </summary>
public sealed class SlackWorkspaces(ISlackInstallationStore installations, ISlackTokenSource tokens, WorkspaceLifecycle lifecycle, TimeProvider time)
{
    /// <summary>How long a workspace that sent a verified request is taken to be connected without asking the store.</summary>
    public static readonly TimeSpan ActiveFor = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, DateTimeOffset> _active = new(StringComparer.Ordinal);

    /// <summary>Stores an OAuth installation (replacing an earlier one) and resumes the workspace's scheduled work.</summary>
    public async Task InstalledAsync(SlackInstallation installation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(installation);
        await installations.SaveAsync(installation, cancellationToken);
        tokens.Forget(installation.TeamId);
        await lifecycle.ResumeAsync(WorkspaceId.ForSlack(installation.TeamId), cancellationToken);
        _active[installation.TeamId] = time.GetUtcNow() + ActiveFor;
    }

    /// <summary>Stops the workspace's scheduled work and deletes its tokens. Safe to repeat.</summary>
    public async Task RemovedAsync(string teamId, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(teamId);
        _active.TryRemove(teamId, out _);
        await lifecycle.StopAsync(WorkspaceId.ForSlack(teamId), reason, cancellationToken);
        await installations.DeleteAsync(teamId, cancellationToken);
        tokens.Forget(teamId);
    }

    /// <summary>
    /// Notes a verified request from <paramref name="teamId"/>: the app is there, so work stopped by an earlier
    /// uninstall resumes (in single-workspace mode a reinstall has no OAuth callback to say so).
    /// </summary>
    public async Task ActiveAsync(string teamId, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        if (_active.TryGetValue(teamId, out var until) && until > now)
        {
            return;
        }

        // Without a token (an OAuth workspace whose installation is gone) nothing could go out: stay stopped.
        if (await tokens.GetAsync(teamId, cancellationToken) is not null)
        {
            await lifecycle.ResumeIfStoppedAsync(WorkspaceId.ForSlack(teamId), cancellationToken);
        }

        _active[teamId] = now + ActiveFor;
    }
}
