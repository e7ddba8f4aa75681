namespace StatusBot.Slack.Outbound;

/// <summary>A message Slack accepted.</summary>
/// <param name="Channel">The conversation it is in (for a post to a user id, the DM's channel id).</param>
/// <param name="Ts">Its timestamp, Slack's id for the message.</param>
public sealed record SlackPostedMessage(string Channel, string Ts);

/// <summary>What StatusBot needs to know about a Slack user.</summary>
/// <param name="Id">The user id (<c>U...</c>).</param>
/// <param name="Name">The user name.</param>
/// <param name="RealName">The full name, when set.</param>
/// <param name="TimeZone">The IANA time zone (<c>Europe/Berlin</c>), when known.</param>
/// <param name="TimeZoneOffset">The zone's current offset from UTC, in seconds, when known.</param>
/// <param name="IsAdmin">True when the user is a workspace admin or owner.</param>
/// <param name="Email">The email address of their profile, when the app has the <c>users:read.email</c> scope and it is set.</param>
/// <param name="IsDeleted">True when the account is deactivated.</param>
/// <param name="IsBot">True when the user is a bot.</param>
/// <param name="Title">The title (role) of their profile, when set.</param>
public sealed record SlackUserInfo(
    string Id, string Name, string? RealName, string? TimeZone, int? TimeZoneOffset, bool IsAdmin = false, string? Email = null, bool IsDeleted = false, bool IsBot = false,
    string? Title = null);

/// <summary>A modal view Slack opened or updated.</summary>
/// <param name="Id">The view id, for views.update.</param>
/// <param name="Hash">The view's hash, so an update does not overwrite a newer one.</param>
public sealed record SlackViewInfo(string Id, string? Hash);

/// <summary>What StatusBot needs to know about a Slack conversation before it names it on a commitment.</summary>
/// <param name="Id">The conversation id (<c>C...</c>, <c>G...</c>, <c>D...</c>).</param>
/// <param name="Name">The channel's name without <c>#</c>, when it has one.</param>
/// <param name="IsArchived">True when it is archived: nothing can be posted there.</param>
/// <param name="HasBot">True when StatusBot is in it (a member, or a direct message with it).</param>
public sealed record SlackChannelInfo(string Id, string? Name, bool IsArchived, bool HasBot);
