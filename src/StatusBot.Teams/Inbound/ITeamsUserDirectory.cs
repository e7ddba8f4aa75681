using StatusBot.Core.People;

namespace StatusBot.Teams.Inbound;

/// <summary>
/// What a directory beyond the activity (Microsoft Graph, when configured) says about a Teams user, read by their
/// Microsoft Entra object id. Slow (calls out), so <see cref="TeamsPeople"/> reads it off the activity's path.
/// </summary>
public interface ITeamsUserDirectory
{
    /// <summary>
    /// <paramref name="fromActivity"/> completed with what the directory says about the user whose object id is
    /// <paramref name="aadObjectId"/>; unchanged where it cannot say (refused, not found).
    /// </summary>
    /// <exception cref="Exception">A failure that may pass (the directory was out of reach): try again later.</exception>
    Task<TeamsDirectoryAnswer> CompleteAsync(PlatformDetails fromActivity, string aadObjectId, CancellationToken cancellationToken = default);
}

/// <summary>What the directory said.</summary>
/// <param name="Person">The user's details, with their manager's Teams id when the directory named one StatusBot has met.</param>
/// <param name="Manager">That manager's own details (name, email); null when no manager was named or StatusBot has not met them.</param>
public sealed record TeamsDirectoryAnswer(PlatformDetails Person, PlatformDetails? Manager = null);
