using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StatusBot.Core.Chat;
using StatusBot.Core.Commitments;
using StatusBot.Core.People;
using StatusBot.Teams.Inbound;

namespace StatusBot.Teams.Graph;

/// <summary>
/// The people directory's view of Microsoft Graph: a Teams user's name, email, job title, enabled account and manager (mapped to
/// the manager's Teams id through the conversations StatusBot keeps), and their mailbox's time zone when the activity gave
/// none (a Windows id made IANA). Only users of the bot's own tenant, whose token it holds. A 403 (a permission the app
/// lacks) is logged once a day per call and that call left alone meanwhile; a 404 leaves the user as the activity knows them.
/// </summary>
public sealed class GraphPeople(
    TeamsGraphClient graph, ITeamsConversationStore conversations, IOptions<TeamsOptions> teams, TimeProvider time, ILogger<GraphPeople> logger) : ITeamsUserDirectory
{
    private static readonly TimeSpan ForbiddenFor = TimeSpan.FromDays(1);

    private readonly ConcurrentDictionary<string, DateTimeOffset> _forbiddenUntil = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public async Task<TeamsDirectoryAnswer> CompleteAsync(PlatformDetails fromActivity, string aadObjectId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fromActivity);
        ArgumentException.ThrowIfNullOrWhiteSpace(aadObjectId);
        var workspace = fromActivity.Workspace;
        if (teams.Value.TenantId is not { Length: > 0 } tenant || workspace != WorkspaceId.ForTeams(tenant))
        {
            return new(fromActivity);
        }

        var user = await ReadAsync("user", () => graph.UserAsync(aadObjectId, cancellationToken));
        if (user is null)
        {
            Log.GraphUserNotFound(logger, fromActivity.UserId);
            return new(fromActivity);
        }

        var zone = fromActivity.TimeZone ?? IanaZone(await ReadAsync("mailbox time zone", () => graph.MailboxTimeZoneAsync(aadObjectId, cancellationToken)));
        var manager = await ReadAsync("manager", () => graph.ManagerAsync(aadObjectId, cancellationToken));
        var managerInTeams = manager?.Id is { Length: > 0 } managerId ? await conversations.FindUserAsync(workspace, managerId, cancellationToken) : null;
        if (manager is not null && managerInTeams is null)
        {
            Log.GraphManagerNotMet(logger, fromActivity.UserId);
        }

        var person = fromActivity with
        {
            DisplayName = user.DisplayName is { Length: > 0 } name ? name : fromActivity.DisplayName,
            TimeZone = zone,
            Email = user.Mail is { Length: > 0 } mail ? mail : fromActivity.Email,
            Title = user.JobTitle is { Length: > 0 } title ? title : fromActivity.Title,
            Active = user.AccountEnabled != false,
            Manager = managerInTeams?.Address.Id,
        };
        return new(person, managerInTeams is null ? null : new PlatformDetails(workspace, managerInTeams.Address.Id, manager!.DisplayName, null, manager.Mail));
    }

    /// <summary>An IANA zone for what a mailbox says (Windows ids such as <c>W. Europe Standard Time</c> are converted); null when none fits.</summary>
    public static string? IanaZone(string? zone) =>
        zone is null ? null
        : TimeZoneInfo.TryConvertWindowsIdToIanaId(zone, out var iana) ? iana
        : TimeZones.TryFind(zone, out _) ? zone
        : null;

    /// <summary>The call's answer; null when Graph refused it for want of a permission (then left alone for a day).</summary>
    private async Task<T?> ReadAsync<T>(string operation, Func<Task<T?>> call)
        where T : class
    {
        var now = time.GetUtcNow();
        if (_forbiddenUntil.TryGetValue(operation, out var until) && until > now)
        {
            return null;
        }

        try
        {
            return await call();
        }
        catch (TeamsGraphException ex) when (ex.IsForbidden)
        {
            _forbiddenUntil[operation] = now + ForbiddenFor;
            Log.GraphForbidden(logger, operation, ex.Error);
            return null;
        }
    }
}
