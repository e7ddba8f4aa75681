using StatusBot.Core.Chat;

namespace StatusBot.Core.People;

/// <summary>What a chat platform says about a person when they act: only these fields of a <see cref="Person"/> are the platform's.</summary>
/// <param name="Workspace">Their workspace.</param>
/// <param name="UserId">The platform's id of them.</param>
/// <param name="DisplayName">Their name, when the platform gave one.</param>
/// <param name="TimeZone">Their IANA time zone, when the platform gave one.</param>
/// <param name="Email">Their email address, when the platform gave one.</param>
public sealed record PlatformDetails(WorkspaceId Workspace, string UserId, string? DisplayName, string? TimeZone, string? Email = null)
{
    /// <summary>False when the platform says the account is deactivated or deleted.</summary>
    public bool Active { get; init; } = true;

    /// <summary>Their role or job title, when the platform gave one (Slack's profile title, Graph's jobTitle).</summary>
    public string? Title { get; init; }

    /// <summary>
    /// The user id of their manager as the platform's directory says (Microsoft Graph), when it says; it fills a manager no
    /// one has set, never replaces one.
    /// </summary>
    public string? Manager { get; init; }
}
