using StatusBot.Core.Chat;
namespace StatusBot.Core.CheckIns;

/// <summary>Each workspace's check-in settings; a workspace that set none gets <see cref="CheckInSettings.Default"/>.</summary>
public interface ICheckInSettingsStore
{
    /// <summary>The settings in force for <paramref name="workspace"/>.</summary>
    Task<CheckInSettings> GetAsync(WorkspaceId workspace, CancellationToken cancellationToken = default);

    /// <summary>Replaces the settings of <paramref name="workspace"/>; they must be valid (see <see cref="CheckInSettings.Problems"/>).</summary>
    Task SaveAsync(WorkspaceId workspace, CheckInSettings settings, CancellationToken cancellationToken = default);
}

/// <summary>The same settings for every workspace: for a host or test that keeps none.</summary>
public sealed class FixedCheckInSettings(CheckInSettings settings) : ICheckInSettingsStore
{
    /// <summary>The defaults, for everyone.</summary>
    public static FixedCheckInSettings Defaults { get; } = new(CheckInSettings.Default);

    /// <inheritdoc />
    public Task<CheckInSettings> GetAsync(WorkspaceId workspace, CancellationToken cancellationToken = default) => Task.FromResult(settings);

    /// <inheritdoc />
    public Task SaveAsync(WorkspaceId workspace, CheckInSettings settings, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("These settings are fixed; the host's settings store keeps a workspace's own.");
}
