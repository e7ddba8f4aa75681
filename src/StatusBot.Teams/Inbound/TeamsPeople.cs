using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using StatusBot.Core.Chat;
using StatusBot.Core.People;

namespace StatusBot.Teams.Inbound;

/// <summary>
/// Fills the people directory from each activity a user sends: the sender's name and the time zone Teams reports (see
/// <see cref="PersonRefresh"/>). At most once a day per user and process, remembered here, so that a busy user costs no
/// directory read per message; without a directory it does nothing.
/// </summary>
public sealed class TeamsPeople(TimeProvider time, IPeopleDirectory? people = null, ILogger<TeamsPeople>? logger = null)
{
    private readonly ConcurrentDictionary<(WorkspaceId, string), DateTimeOffset> _filledUntil = new();

    /// <summary>Fills the entry of <paramref name="actor"/>, named <paramref name="name"/> in the activity, when it is due.</summary>
    public async Task FillAsync(ChatActor actor, string? name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var now = time.GetUtcNow();
        if (people is null || (_filledUntil.TryGetValue((actor.Workspace, actor.UserId), out var until) && until > now))
        {
            return;
        }

        try
        {
            await PersonRefresh.FillAsync(people, new PlatformDetails(actor.Workspace, actor.UserId, name, actor.TimeZone), now, cancellationToken);
            _filledUntil[(actor.Workspace, actor.UserId)] = now + PersonRefresh.Every;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A convenience: the user's command must not fail because the directory did not answer; the next activity tries again.
            Log.PersonNotFilled(logger ?? (ILogger)NullLogger.Instance, actor.UserId, actor.Workspace.ToString(), ex);
        }
    }
}
