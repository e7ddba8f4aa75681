namespace StatusBot.Slack.Installations;

/// <summary>Where OAuth installations are kept, one per workspace, with their tokens encrypted.</summary>
public interface ISlackInstallationStore
{
    /// <summary>The installation in <paramref name="teamId"/>, with its <see cref="SlackInstallation.ETag"/>, or null.</summary>
    Task<SlackInstallation?> GetAsync(string teamId, CancellationToken cancellationToken = default);

    /// <summary>Stores an installation, replacing any earlier one of the workspace (a reinstall).</summary>
    Task SaveAsync(SlackInstallation installation, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces the installation when it is still at <paramref name="installation"/>'s <see cref="SlackInstallation.ETag"/>
    /// (refreshed tokens); false when someone changed or deleted it since.
    /// </summary>
    Task<bool> TryReplaceAsync(SlackInstallation installation, CancellationToken cancellationToken = default);

    /// <summary>Deletes the workspace's installation and its tokens; nothing happens when there is none.</summary>
    Task DeleteAsync(string teamId, CancellationToken cancellationToken = default);
}
