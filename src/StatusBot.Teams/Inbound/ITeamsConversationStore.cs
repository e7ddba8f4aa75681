using StatusBot.Core.Chat;

namespace StatusBot.Teams.Inbound;

/// <summary>Keeps conversation references by address (workspace + user id or channel id), so the bot can message people later.</summary>
public interface ITeamsConversationStore
{
    /// <summary>Saves <paramref name="reference"/> under its <see cref="TeamsConversationReference.Address"/>, replacing any earlier one.</summary>
    Task SaveAsync(TeamsConversationReference reference, CancellationToken cancellationToken = default);

    /// <summary>The reference saved for <paramref name="address"/>, or null when StatusBot was never installed there.</summary>
    Task<TeamsConversationReference?> GetAsync(ChatAddress address, CancellationToken cancellationToken = default);

    /// <summary>
    /// The reference saved for the user of <paramref name="workspace"/> whose Microsoft Entra object id is
    /// <paramref name="aadObjectId"/> (what Microsoft Graph and the people picker name people by), or null when StatusBot has
    /// not met them in Teams (they never wrote to it, and no team it is in listed them).
    /// </summary>
    Task<TeamsConversationReference?> FindUserAsync(WorkspaceId workspace, string aadObjectId, CancellationToken cancellationToken = default);

    /// <summary>Forgets the reference for <paramref name="address"/> (the bot was uninstalled); false when there was none.</summary>
    Task<bool> DeleteAsync(ChatAddress address, CancellationToken cancellationToken = default);
}
