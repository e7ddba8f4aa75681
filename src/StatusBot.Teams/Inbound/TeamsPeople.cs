using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using StatusBot.Core.Chat;
using StatusBot.Core.People;

namespace StatusBot.Teams.Inbound;

/// <summary>
/// Fills the people directory from each activity a user sends: the sender's name and the time zone Teams reports (see
/// <see cref="PersonRefresh"/>). At most once a day per user and process, remembered here, so that a busy user costs no
/// directory read per message; without a directory it does nothing. With a <paramref name="directory"/> (Microsoft Graph)
/// and the sender's Entra object id, the fill also takes what the directory says (email, manager, ...), and runs in the
/// background: an activity never waits on Graph, and Graph is asked only when the stored entry is due a refresh.
/// </summary>
public sealed class TeamsPeople(TimeProvider time, IPeopleDirectory? people = null, ILogger<TeamsPeople>? logger = null, ITeamsUserDirectory? directory = null)
    : IDisposable
{
    private readonly ConcurrentDictionary<(WorkspaceId, string), DateTimeOffset> _filledUntil = new();
    private readonly ConcurrentDictionary<(WorkspaceId, string), Task> _pending = new();
    private readonly CancellationTokenSource _stopping = new();

    /// <summary>Fills the entry of <paramref name="actor"/>, named <paramref name="name"/> in the activity, when it is due.</summary>
    public async Task FillAsync(ChatActor actor, string? name, string? aadObjectId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var now = time.GetUtcNow();
        var key = (actor.Workspace, actor.UserId);
        if (people is null || (_filledUntil.TryGetValue(key, out var until) && until > now))
        {
            return;
        }

        var details = new PlatformDetails(actor.Workspace, actor.UserId, name, actor.TimeZone);
        // Entra object ids are GUIDs; anything else names no one Graph could know (and must not reach its address).
        if (directory is not null && aadObjectId is { } objectId && Guid.TryParse(objectId, out _))
        {
            _filledUntil[key] = now + PersonRefresh.Every;
            var run = new Task<Task>(() => RefreshAsync(people, directory, details, objectId, key));
            if (_pending.TryAdd(key, run.Unwrap()))
            {
                run.Start(TaskScheduler.Default);
            }

            return;
        }

        try
        {
            await PersonRefresh.FillAsync(people, details, now, cancellationToken);
            _filledUntil[key] = now + PersonRefresh.Every;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A convenience: the user's command must not fail because the directory did not answer; the next activity tries again.
            Log.PersonNotFilled(Logger, actor.UserId, actor.Workspace.ToString(), ex);
        }
    }

    /// <summary>Completes when the background fills started so far have ended (for tests and orderly shutdown).</summary>
    public Task WhenIdleAsync() => Task.WhenAll(_pending.Values);

    /// <inheritdoc />
    public void Dispose()
    {
        _stopping.Cancel();
        _stopping.Dispose();
    }

    private ILogger Logger => logger ?? (ILogger)NullLogger.Instance;

    private async Task RefreshAsync(IPeopleDirectory people, ITeamsUserDirectory directory, PlatformDetails details, string aadObjectId, (WorkspaceId, string) key)
    {
        try
        {
            var cancellationToken = _stopping.Token;
            if (!PersonRefresh.IsDue(await people.GetAsync(details.Workspace, details.UserId, cancellationToken), time.GetUtcNow()))
            {
                return;
            }

            var answer = await directory.CompleteAsync(details, aadObjectId, cancellationToken);
            if (answer.Manager is { } manager && await people.GetAsync(manager.Workspace, manager.UserId, cancellationToken) is null)
            {
                // Known by name before they ever write to the bot, so that mentions and notes name them; their own activity fills the rest.
                await people.SaveAsync(Person.Unknown(manager.Workspace, manager.UserId) with { DisplayName = manager.DisplayName, Email = manager.Email }, cancellationToken);
            }

            await PersonRefresh.FillAsync(people, answer.Person, time.GetUtcNow(), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not ObjectDisposedException)
        {
            // The next activity tries again.
            _filledUntil.TryRemove(key, out _);
            Log.PersonNotFilled(Logger, details.UserId, details.Workspace.ToString(), ex);
        }
        catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException)
        {
            // Shutting down.
        }
        finally
        {
            _pending.TryRemove(key, out _);
        }
    }
}
