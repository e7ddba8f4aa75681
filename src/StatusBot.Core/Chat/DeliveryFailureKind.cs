namespace StatusBot.Core.Chat;

/// <summary>Whether a failed delivery may pass by itself, and whom it concerns.</summary>
public enum DeliveryFailureKind
{
    /// <summary>It may pass by itself (rate limits, server and network errors): the work is tried again soon.</summary>
    Transient,

    /// <summary>This recipient cannot be reached until someone acts: no such user, deactivated, the bot not in the channel.</summary>
    Recipient,

    /// <summary>Nobody in the workspace can be reached until someone acts: the app's access was revoked.</summary>
    Workspace,
}
