using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using StatusBot.Core.Chat;
using StatusBot.Core.People;
using StatusBot.Slack.Installations;
using StatusBot.Slack.Outbound;

namespace StatusBot.Slack.Inbound;

/// <summary>
/// Who a Slack user is for Core: their workspace, time zone and admin rights, from <c>users.info</c>, cached
/// for a day per user so that a click costs no Web API call. When Slack cannot say, the user acts without a
/// known time zone and without admin rights. A verified request also tells <see cref="SlackWorkspaces"/> that the
/// app is in the workspace. Each fresh read also fills the user's entry in <paramref name="people"/>, when there is a
/// directory (name, time zone, email; see <see cref="PersonRefresh"/>): so at most daily, and never over what people set.
/// </summary>
public sealed class SlackActors(
    SlackApiClient api, SlackWorkspaces workspaces, TimeProvider time, IPeopleDirectory? people = null, ILogger<SlackActors>? logger = null)
{
    /// <summary>How long a user's details are kept.</summary>
    public static readonly TimeSpan CacheFor = TimeSpan.FromDays(1);

    private readonly ConcurrentDictionary<(string, string), (SlackUserInfo? User, DateTimeOffset Until)> _users = new();

    /// <summary>The workspace id Core uses for a Slack team.</summary>
    public static WorkspaceId Workspace(string teamId) => WorkspaceId.ForSlack(teamId);

    /// <summary>The actor for <paramref name="userId"/> of <paramref name="teamId"/>.</summary>
    public async Task<ChatActor> ForAsync(string teamId, string userId, CancellationToken cancellationToken = default)
    {
        await workspaces.ActiveAsync(teamId, cancellationToken);
        var now = time.GetUtcNow();
        if (!_users.TryGetValue((teamId, userId), out var cached) || cached.Until <= now)
        {
            SlackUserInfo? user;
            try
            {
                user = await api.UsersInfoAsync(teamId, userId, cancellationToken);
            }
            catch (SlackApiException)
            {
                user = null; // Known next time; meanwhile the user acts without a time zone.
            }

            cached = (user, now + (user is null ? TimeSpan.FromMinutes(1) : CacheFor));
            _users[(teamId, userId)] = cached;
            if (user is not null)
            {
                await FillAsync(teamId, user, now, cancellationToken);
            }
        }

        return new ChatActor(Workspace(teamId), userId) { TimeZone = cached.User?.TimeZone, IsWorkspaceAdmin = cached.User?.IsAdmin ?? false };
    }

    private async Task FillAsync(string teamId, SlackUserInfo user, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (people is null || user.IsBot)
        {
            return;
        }

        var details = new PlatformDetails(Workspace(teamId), user.Id, user.RealName ?? user.Name, user.TimeZone, user.Email) { Active = !user.IsDeleted, Title = user.Title };
        try
        {
            await PersonRefresh.FillAsync(people, details, now, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The directory is a convenience here: a command must not fail because it could not be filled; next read tries again.
            Log.PersonNotFilled(logger ?? (ILogger)NullLogger.Instance, user.Id, teamId, ex);
        }
    }
}
