namespace StatusBot.Core.Chat;

/// <summary>Whom a message goes to.</summary>
public enum ChatAddressKind
{
    /// <summary>One person, in a direct message.</summary>
    User,

    /// <summary>A channel, group chat or team channel.</summary>
    Channel,

    /// <summary>An email address (customer destinations only).</summary>
    Email,
}

/// <summary>A person or channel in a workspace, named by the platform's own id.</summary>
/// <param name="Workspace">The workspace (for example <c>slack-T0123</c>).</param>
/// <param name="Kind">Person, channel or email.</param>
/// <param name="Id">The platform's id (<c>U0123</c>, <c>C0456</c>, <c>29:...</c>) or the email address.</param>
public sealed record ChatAddress(WorkspaceId Workspace, ChatAddressKind Kind, string Id)
{
    /// <summary>A direct message to a user.</summary>
    public static ChatAddress ToUser(WorkspaceId workspace, string userId) => new(workspace, ChatAddressKind.User, userId);

    /// <summary>A post in a channel.</summary>
    public static ChatAddress ToChannel(WorkspaceId workspace, string channelId) => new(workspace, ChatAddressKind.Channel, channelId);

    /// <summary>A customer destination as stored on a commitment: an email address, or else a chat id.</summary>
    public static ChatAddress ForDestination(WorkspaceId workspace, string destination)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(destination);
        return IsEmail(destination)
            ? new(workspace, ChatAddressKind.Email, destination)
            : new(workspace, ChatAddressKind.Channel, destination);
    }

    /// <summary>
    /// True when a destination is an email address rather than a chat id. Teams ids carry an <c>@</c> too
    /// (<c>19:abc@thread.tacv2</c>), but always after a <c>&lt;digits&gt;:</c> prefix, which no address in use has.
    /// </summary>
    public static bool IsEmail(string destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        var colon = destination.IndexOf(':', StringComparison.Ordinal);
        var teamsId = colon > 0 && destination.AsSpan(0, colon).IndexOfAnyExceptInRange('0', '9') < 0;
        return destination.Contains('@', StringComparison.Ordinal) && !teamsId;
    }
}
