using StatusBot.Core.Chat;

namespace StatusBot.Email;

/// <summary>Turns a message's buttons into links an email can carry (an email has no buttons of its own).</summary>
internal interface IEmailLinks
{
    /// <summary>The link that does what <paramref name="button"/> does, for a reader in <paramref name="workspace"/>; null to leave it out.</summary>
    Uri? LinkFor(WorkspaceId workspace, ChatButton button);
}

/// <summary>A label and the address it opens.</summary>
internal sealed record EmailLink(string Label, Uri Url);
